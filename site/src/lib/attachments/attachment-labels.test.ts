import type { Attachment } from '@select-shandong/shared-types';
import { describe, expect, it } from 'vitest';
import {
  attachmentDetails,
  attachmentFormat,
  attachmentFormatLabel,
  attachmentSizeLabel,
} from './attachment-labels.ts';

const file = (name: string, mime: string, size = 12.34): Attachment => ({
  url: `/uploads/${name}`,
  name,
  ext: name.includes('.') ? name.slice(name.lastIndexOf('.')) : null,
  mime,
  size,
});

describe('attachment format', () => {
  it.each([
    ['政策.pdf', 'application/pdf', 'pdf'],
    ['申报表.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'word'],
    ['申报表.doc', 'application/msword', 'word'],
    ['项目清单.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'excel'],
    ['项目清单.xls', 'application/vnd.ms-excel', 'excel'],
    ['区位图.png', 'image/png', 'image'],
    // Some browsers upload office files as a generic type; the extension still tells.
    ['申报表.docx', 'application/octet-stream', 'word'],
    ['资料.zip', 'application/zip', 'other'],
  ])('%s (%s) is %s', (name, mime, format) => {
    expect(attachmentFormat(file(name, mime))).toBe(format);
  });

  it('names the format in the page language', () => {
    const docx = file(
      '申报表.docx',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    const xlsx = file('清单.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const png = file('区位图.PNG', 'image/png');
    expect([docx, xlsx, png].map((f) => attachmentFormatLabel(f, 'zh'))).toEqual([
      'Word 文档',
      'Excel 表格',
      '图片（PNG）',
    ]);
    expect([docx, xlsx, png].map((f) => attachmentFormatLabel(f, 'en'))).toEqual([
      'Word document',
      'Excel spreadsheet',
      'Image (PNG)',
    ]);
    expect(attachmentFormatLabel(file('资料.zip', 'application/zip'), 'en')).toBe('File (ZIP)');
    expect(attachmentFormatLabel({ name: 'readme', ext: null, mime: 'text/plain' }, 'zh')).toBe('文件');
  });
});

describe('attachment size', () => {
  it.each([
    [0.2, '1 KB'],
    [12.34, '12 KB'],
    [999.4, '999 KB'],
    [1000, '1 MB'],
    [1536.7, '1.5 MB'],
    [2_345_678, '2,345.7 MB'],
  ])('%s KB reads %s', (size, label) => {
    expect(attachmentSizeLabel(size, 'en')).toBe(label);
  });

  it('writes the number as the page language does', () => {
    expect(attachmentSizeLabel(1536.7, 'zh')).toBe('1.5 MB');
    expect(attachmentSizeLabel(2_345_678, 'zh')).toBe('2,345.7 MB');
  });

  it('puts format and size side by side with the language punctuation', () => {
    const pdf = file('政策.pdf', 'application/pdf', 245.6);
    expect(attachmentDetails(pdf, 'zh')).toBe('（PDF，246 KB）');
    expect(attachmentDetails(pdf, 'en')).toBe('(PDF, 246 KB)');
  });
});
