import { CSP_DEFAULTS } from '@strapi/utils';
import { readUploadStorage, uploadMediaOrigin } from '../src/config/upload-storage';

/**
 * Middleware stack: Strapi's defaults, with the bucket's (or its CDN's) origin added to the admin's
 * img-src and media-src when uploads are in S3, so the media library shows its thumbnails.
 * Published-only for the content API is not a URL check here but a Document Service middleware
 * (src/document-middlewares/published-only.ts), where Strapi knows which kind of route a request
 * came through.
 */
export default () => {
  const mediaOrigin = uploadMediaOrigin(readUploadStorage());
  const security = mediaOrigin
    ? {
        name: 'strapi::security',
        config: {
          contentSecurityPolicy: {
            useDefaults: true,
            directives: {
              // The whole default list again: Strapi fills these arrays from its defaults by index.
              'img-src': [...CSP_DEFAULTS['img-src'], mediaOrigin],
              'media-src': [...CSP_DEFAULTS['media-src'], mediaOrigin],
            },
          },
        },
      }
    : 'strapi::security';
  return [
    'strapi::logger',
    'strapi::errors',
    security,
    'strapi::cors',
    'strapi::poweredBy',
    'strapi::query',
    'strapi::body',
    'strapi::session',
    'strapi::favicon',
    'strapi::public',
  ];
};
