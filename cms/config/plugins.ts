import type { Core } from '@strapi/strapi';
import { requiredEnv } from '../src/config/required-env';
import { readUploadStorage, uploadPluginConfig } from '../src/config/upload-storage';

/**
 * Plugins: users-permissions issues JWTs signed with JWT_SECRET; uploads go to the local disk, or
 * to an S3-compatible bucket with UPLOAD_PROVIDER=s3 (src/config/upload-storage.ts).
 */
export default (_params: Core.Config.Shared.ConfigParams) => {
  const upload = uploadPluginConfig(readUploadStorage());
  return {
    'users-permissions': {
      config: {
        jwtSecret: requiredEnv('JWT_SECRET'),
      },
    },
    ...(upload ? { upload } : {}),
  };
};
