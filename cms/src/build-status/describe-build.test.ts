import { describe, expect, it } from 'vitest';
import { changedDocumentName, failureReason } from './describe-build';

describe('failureReason', () => {
  it('names the document, its version and the field with the admin’s label, in both languages', () => {
    const reason = failureReason(
      {
        step: 'build',
        message:
          'The site build failed: Invalid article document "k2x9" (locale en): summary: String must contain at most 300 character(s)',
        action: 'fix it',
        document: {
          type: 'article',
          documentId: 'k2x9',
          locale: 'en',
          issues: [{ path: 'summary', problem: 'String must contain at most 300 character(s)' }],
        },
      },
      'Jinan opens a new port',
    );
    expect(reason['zh-Hans']).toMatch(
      /^文章《Jinan opens a new port》（英文版）的「摘要」过长（最多 300 个字）。请修改后重新发布/,
    );
    expect(reason.en).toMatch(
      /^The article “Jinan opens a new port” \(English version\): summary is too long \(at most 300 characters\)/,
    );
  });

  it('says a missing field is missing and names a nested field under its parent’s label', () => {
    const reason = failureReason({
      step: 'build',
      message: '',
      action: '',
      document: {
        type: 'park',
        documentId: 'p1',
        locale: 'zh-Hans',
        issues: [{ path: 'city.slug', problem: 'expected string, received nothing (field absent)' }],
      },
    });
    expect(reason['zh-Hans']).toMatch(/^园区《p1》（中文版）的「.+ › slug」未填写/);
  });

  it('without a document, says which step failed, that the old site stays, and whom to ask', () => {
    const reason = failureReason({
      step: 'fingerprint',
      message: 'GET http://127.0.0.1:1337/api/articles failed: HTTP 503\nmore',
      action: 'Check that Strapi is running',
      document: null,
    });
    expect(reason['zh-Hans']).toBe(
      '网站构建程序读取内容时出错（GET http://127.0.0.1:1337/api/articles failed: HTTP 503）。网站仍显示上一次的内容；请把这条信息转给技术人员。',
    );
    expect(reason.en).toContain('The site still shows the previous build');
  });
});

describe('changedDocumentName', () => {
  it('uses the title when known, else the slug', () => {
    const doc = { type: 'city', locale: 'zh-Hans', documentId: 'c1', slug: 'jinan' };
    expect(changedDocumentName(doc, '济南')['zh-Hans']).toBe('城市《济南》（中文版）');
    expect(changedDocumentName(doc).en).toBe('city “jinan” (Chinese version)');
  });
});
