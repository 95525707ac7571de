// The CMS signs preview links, the preview server checks them: two copies of one signature,
// held together here.
import { describe, expect, it } from 'vitest';
import { verifyPreviewLink } from '../../../site/src/preview/preview-link.ts';
import { PREVIEW_LINK_TTL_SECONDS, signedPreviewUrl } from './preview-link';

const SECRET = 'preview-secret-0123456789';
const NOW = new Date('2026-12-01T08:00:00Z');

describe('signedPreviewUrl', () => {
  it('signs a link the preview server accepts for that document and locale until it expires', () => {
    for (const locale of ['zh-Hans', 'en'] as const) {
      const target = { type: 'site-setting', documentId: 'doc 1', locale };
      const url = new URL(signedPreviewUrl('http://127.0.0.1:4323/', SECRET, target, NOW));
      expect(url.href).not.toContain(SECRET);
      expect(verifyPreviewLink(SECRET, url, NOW)).toEqual({
        target,
        expires: NOW.getTime() / 1000 + PREVIEW_LINK_TTL_SECONDS,
      });
      const expired = new Date(NOW.getTime() + PREVIEW_LINK_TTL_SECONDS * 1000);
      expect(verifyPreviewLink(SECRET, url, expired)).toEqual({ refused: 'expired' });
      expect(verifyPreviewLink(`${SECRET}x`, url, NOW)).toEqual({ refused: 'wrong signature' });
    }
  });
});
