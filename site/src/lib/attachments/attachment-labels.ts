// What the attachment list says about a file: its format in words and its size, in the page's
// language. Readers decide from these whether to download, so they are text, not only an icon.
import type { Attachment } from '@select-shandong/shared-types';
import { htmlLang, type SiteLocale } from '../../i18n/locales.ts';

/** The kinds of file the attachments field accepts, plus `other` for anything else uploaded. */
export type AttachmentFormat = 'pdf' | 'word' | 'excel' | 'image' | 'other';

const WORD_MIMES = new Set([
  'application/msword',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
]);
const EXCEL_MIMES = new Set([
  'application/vnd.ms-excel',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
]);
const EXTENSIONS: Record<string, AttachmentFormat> = {
  pdf: 'pdf',
  doc: 'word',
  docx: 'word',
  xls: 'excel',
  xlsx: 'excel',
};

const FORMAT_WORDS: Record<SiteLocale, Record<Exclude<AttachmentFormat, 'image' | 'other'>, string>> = {
  zh: { pdf: 'PDF', word: 'Word 文档', excel: 'Excel 表格' },
  en: { pdf: 'PDF', word: 'Word document', excel: 'Excel spreadsheet' },
};

const STRINGS = {
  zh: { heading: '附件', image: '图片', file: '文件', separator: '，', open: '（', close: '）' },
  en: { heading: 'Attachments', image: 'Image', file: 'File', separator: ', ', open: '(', close: ')' },
} satisfies Record<SiteLocale, Record<string, string>>;

function extensionOf(file: Pick<Attachment, 'ext' | 'name'>): string {
  const ext = file.ext ?? file.name.match(/\.[^.]+$/)?.[0] ?? '';
  return ext.replace(/^\./, '').toLowerCase();
}

/** The format of `file`, from its MIME type first (what Strapi detected), else its extension. */
export function attachmentFormat(file: Pick<Attachment, 'mime' | 'ext' | 'name'>): AttachmentFormat {
  const mime = file.mime.toLowerCase();
  if (mime === 'application/pdf') return 'pdf';
  if (WORD_MIMES.has(mime)) return 'word';
  if (EXCEL_MIMES.has(mime)) return 'excel';
  if (mime.startsWith('image/')) return 'image';
  return EXTENSIONS[extensionOf(file)] ?? 'other';
}

/** The format of `file` in words: `PDF`, `Word 文档`, `图片（PNG）`, `Image (PNG)`, `文件（ZIP）`. */
export function attachmentFormatLabel(
  file: Pick<Attachment, 'mime' | 'ext' | 'name'>,
  locale: SiteLocale,
): string {
  const format = attachmentFormat(file);
  if (format !== 'image' && format !== 'other') return FORMAT_WORDS[locale][format];
  const { open, close, ...words } = STRINGS[locale];
  const word = words[format === 'image' ? 'image' : 'file'];
  const ext = extensionOf(file).toUpperCase();
  // English puts a space before its bracket; Chinese full-width brackets carry their own.
  return ext ? `${word}${locale === 'en' ? ' ' : ''}${open}${ext}${close}` : word;
}

/**
 * `sizeKb` (Strapi's `size`: kilobytes of 1,000 bytes, two decimals) as `12 KB` or `1.5 MB`,
 * numbers in the page language's notation; never `0 KB`, which would read as an empty file.
 */
export function attachmentSizeLabel(sizeKb: number, locale: SiteLocale): string {
  const lang = htmlLang(locale);
  if (sizeKb < 1000) {
    const kb = new Intl.NumberFormat(lang, { maximumFractionDigits: 0 }).format(
      Math.max(1, Math.round(sizeKb)),
    );
    return `${kb} KB`;
  }
  const mb = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }).format(sizeKb / 1000);
  return `${mb} MB`;
}

/** `（PDF，12 KB）` / `(PDF, 12 KB)`: what the list shows beside a file's name. */
export function attachmentDetails(file: Attachment, locale: SiteLocale): string {
  const { open, separator, close } = STRINGS[locale];
  return `${open}${attachmentFormatLabel(file, locale)}${separator}${attachmentSizeLabel(file.size, locale)}${close}`;
}

/** The heading of the attachment list. */
export function attachmentsHeading(locale: SiteLocale): string {
  return STRINGS[locale].heading;
}
