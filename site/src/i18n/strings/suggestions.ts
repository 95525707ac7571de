import { SUGGESTION_LIMITS } from '../../components/suggestion/suggestion-limits.ts';
import type { SiteLocale } from '../locales.ts';

/** The text of the suggestion form (建言献策) and its thank-you page. */
export interface SuggestionText {
  title: string;
  description: string;
  intro: string;
  required: string;
  requiredMark: string;
  name: string;
  email: string;
  emailHint: string;
  subject: string;
  message: string;
  messageHint: string;
  honeypot: string;
  submit: string;
  sending: string;
  errorSummary: string;
  networkError: string;
  privacy: string;
  thanksTitle: string;
  thanksBody: string;
  thanksBack: string;
  backToHome: string;
}

const zh: SuggestionText = {
  title: '建言献策',
  description: '就山东投资环境、政策服务和本网站提出您的意见和建议，编辑部会认真阅读每一条来信。',
  intro:
    '欢迎您就山东的投资环境、政策服务、项目合作和本网站提出意见和建议。编辑部会阅读每一条来信，需要答复的将通过电子邮件与您联系。',
  required: '标有 * 的为必填项。',
  requiredMark: '（必填）',
  name: '姓名',
  email: '电子邮箱',
  emailHint: '仅用于答复您，不会公开。',
  subject: '主题',
  message: '建议内容',
  messageHint: `最多 ${SUGGESTION_LIMITS.message} 个字符。`,
  honeypot: '如果您是人工填写，请不要填写此项',
  submit: '提交建议',
  sending: '正在提交……',
  errorSummary: '提交未成功，请修改以下问题：',
  networkError: '暂时无法连接服务器，请稍后再试。您填写的内容仍保留在表单中。',
  privacy: '您提交的内容只有本站编辑可以查看，不会在网站上公开。',
  thanksTitle: '感谢您的建议',
  thanksBody: '我们已收到您的建议。编辑部会认真阅读，需要答复的将通过电子邮件与您联系。',
  thanksBack: '再提一条建议',
  backToHome: '返回首页',
};

const en: SuggestionText = {
  title: 'Suggestions',
  description:
    'Tell us what you think about investing in Shandong, our services and this website; the editors read every message.',
  intro:
    'We welcome your suggestions on Shandong’s investment environment, public services, project cooperation and this website. The editors read every message and reply by email where a reply is needed.',
  required: 'Fields marked * are required.',
  requiredMark: '(required)',
  name: 'Name',
  email: 'Email',
  emailHint: 'Only used to reply to you; never published.',
  subject: 'Subject',
  message: 'Suggestion',
  messageHint: `Up to ${SUGGESTION_LIMITS.message} characters.`,
  honeypot: 'If you are a person, leave this empty',
  submit: 'Send suggestion',
  sending: 'Sending…',
  errorSummary: 'Your suggestion was not sent. Please fix the following:',
  networkError: 'We could not reach the server. Please try again later; what you wrote is still in the form.',
  privacy: 'Only the site’s editors can read what you send; it is never published on the site.',
  thanksTitle: 'Thank you for your suggestion',
  thanksBody:
    'We have received your suggestion. The editors will read it and reply by email where a reply is needed.',
  thanksBack: 'Send another suggestion',
  backToHome: 'Back to the home page',
};

/** The suggestion form's text, by locale. */
export const SUGGESTION_TEXT: Record<SiteLocale, SuggestionText> = { zh, en };
