import { FIELD_LABELS } from '../bootstrap/field-labels';
import type { StatusDocument, StatusDocumentProblem, StatusLastRun } from './status-file';

/** A text the admin shows, in both of its languages. */
export interface EditorText {
  'zh-Hans': string;
  en: string;
}

/** Content types by the name the site and the pipeline use: admin uid and the editor's word for one. */
const TYPES: Record<string, { uid: string; zh: string; en: string }> = {
  article: { uid: 'api::article.article', zh: '文章', en: 'article' },
  city: { uid: 'api::city.city', zh: '城市', en: 'city' },
  industry: { uid: 'api::industry.industry', zh: '产业', en: 'industry' },
  park: { uid: 'api::park.park', zh: '园区', en: 'park' },
  contact: { uid: 'api::contact.contact', zh: '联络机构', en: 'contact' },
  project: { uid: 'api::project.project', zh: '项目', en: 'project' },
  policy: { uid: 'api::policy.policy', zh: '政策', en: 'policy' },
  event: { uid: 'api::event.event', zh: '活动', en: 'event' },
  job: { uid: 'api::job.job', zh: '岗位', en: 'job posting' },
  'site-setting': { uid: 'api::site-setting.site-setting', zh: '网站设置', en: 'site settings' },
  'advantages-page': { uid: 'api::advantages-page.advantages-page', zh: '山东优势页', en: 'advantages page' },
};

const LOCALES: Record<string, EditorText> = {
  'zh-Hans': { 'zh-Hans': '中文版', en: 'Chinese version' },
  en: { 'zh-Hans': '英文版', en: 'English version' },
};

/** The admin uid of a content type the pipeline names (`article` → `api::article.article`), or null. */
export function contentTypeUid(type: string): string | null {
  return TYPES[type]?.uid ?? null;
}

/** "文章《title》（英文版）" / "article “title” (English version)": the document as the editor finds it. */
export function documentName(
  doc: { type: string; locale: string; documentId: string },
  title: string | undefined,
): EditorText {
  const type = TYPES[doc.type] ?? { zh: doc.type, en: doc.type };
  const locale = LOCALES[doc.locale] ?? { 'zh-Hans': doc.locale, en: doc.locale };
  const name = title || doc.documentId;
  return {
    'zh-Hans': `${type.zh}《${name}》（${locale['zh-Hans']}）`,
    en: `${type.en} “${name}” (${locale.en})`,
  };
}

/** The field's label in the admin (`city.slug` → 所属城市 › slug), falling back to its name. */
function fieldName(type: string, path: string): EditorText {
  const [top = path, ...rest] = path.split('.');
  const label = FIELD_LABELS[TYPES[type]?.uid ?? '']?.[top]?.[0];
  const tail = rest.length > 0 ? ` › ${rest.join('.')}` : '';
  return { 'zh-Hans': `${label ?? top}${tail}`, en: `${top}${tail}` };
}

/** What is wrong with a field, in words (the site's zod messages, made readable). */
function problemWords(problem: string): EditorText {
  const tooLong = /at most (\d+) character/.exec(problem);
  if (tooLong)
    return {
      'zh-Hans': `过长（最多 ${tooLong[1]} 个字）`,
      en: `is too long (at most ${tooLong[1]} characters)`,
    };
  const tooShort = /at least (\d+) character/.exec(problem);
  if (tooShort) {
    return tooShort[1] === '1'
      ? { 'zh-Hans': '未填写', en: 'is empty' }
      : {
          'zh-Hans': `过短（至少 ${tooShort[1]} 个字）`,
          en: `is too short (at least ${tooShort[1]} characters)`,
        };
  }
  if (/received (nothing|null)/.test(problem)) return { 'zh-Hans': '未填写', en: 'is missing' };
  if (/expected one of/.test(problem))
    return { 'zh-Hans': `不是可选的值（${problem}）`, en: `is not one of the choices (${problem})` };
  if (/^Invalid/.test(problem))
    return { 'zh-Hans': `格式不正确（${problem}）`, en: `has the wrong form (${problem})` };
  return { 'zh-Hans': `有误：${problem}`, en: `is wrong: ${problem}` };
}

/**
 * Why a build failed, in words an editor can act on: for a document's content, which document,
 * version and field and what to do; otherwise which step failed and whom to ask.
 */
export function failureReason(failure: NonNullable<StatusLastRun['failure']>, title?: string): EditorText {
  const problem: StatusDocumentProblem | null = failure.document;
  if (problem) {
    const doc = documentName(problem, title);
    const fields = problem.issues.map((issue) => {
      const field = fieldName(problem.type, issue.path);
      const words = problemWords(issue.problem);
      return { 'zh-Hans': `「${field['zh-Hans']}」${words['zh-Hans']}`, en: `${field.en} ${words.en}` };
    });
    return {
      'zh-Hans': `${doc['zh-Hans']}的${fields.map((f) => f['zh-Hans']).join('，')}。请修改后重新发布，网站会自动更新；在此之前网站仍显示上一次的内容。`,
      en: `The ${doc.en}: ${fields.map((f) => f.en).join('; ')}. Correct it and publish again; the site updates by itself and shows the previous build until then.`,
    };
  }
  const firstLine = failure.message.split('\n').find((line) => line.trim()) ?? failure.message;
  const where: EditorText =
    failure.step === 'fingerprint'
      ? { 'zh-Hans': '网站构建程序读取内容时出错', en: 'The site build could not read the content' }
      : failure.step === 'verify'
        ? { 'zh-Hans': '新构建的网站未通过检查', en: 'The new build did not pass its checks' }
        : { 'zh-Hans': '网站构建失败', en: 'The site build failed' };
  return {
    'zh-Hans': `${where['zh-Hans']}（${firstLine}）。网站仍显示上一次的内容；请把这条信息转给技术人员。`,
    en: `${where.en} (${firstLine}). The site still shows the previous build; pass this message to your technical staff.`,
  };
}

/** One changed document as a line of the change list. */
export function changedDocumentName(doc: StatusDocument, title?: string): EditorText {
  return documentName(doc, title || doc.slug);
}
