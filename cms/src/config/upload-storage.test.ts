// Choosing the upload storage from the environment: what each setting turns into for the upload
// plugin and the admin's CSP, and the mistakes that stop Strapi before an upload goes astray.
import { describe, expect, it } from 'vitest';
import { readUploadStorage, uploadMediaOrigin, uploadPluginConfig } from './upload-storage';

const MINIO = {
  UPLOAD_PROVIDER: 's3',
  S3_BUCKET: 'media',
  S3_REGION: 'cn-east-1',
  S3_ENDPOINT: 'https://minio.internal:9000/',
  S3_FORCE_PATH_STYLE: 'true',
  S3_ACCESS_KEY_ID: 'key',
  S3_SECRET_ACCESS_KEY: 'secret',
};

describe('readUploadStorage', () => {
  it('keeps the local disk by default and with UPLOAD_PROVIDER=local', () => {
    expect(readUploadStorage({})).toEqual({ provider: 'local' });
    expect(readUploadStorage({ UPLOAD_PROVIDER: 'local', S3_BUCKET: 'ignored' })).toEqual({
      provider: 'local',
    });
    expect(uploadPluginConfig({ provider: 'local' })).toBeUndefined();
    expect(uploadMediaOrigin({ provider: 'local' })).toBeUndefined();
  });

  it('turns the S3 variables into the aws-s3 provider options', () => {
    const storage = readUploadStorage({
      ...MINIO,
      S3_PUBLIC_URL: 'https://static.example.gov.cn/',
      S3_ROOT_PATH: 'uploads',
    });
    expect(uploadPluginConfig(storage)).toEqual({
      config: {
        provider: 'aws-s3',
        providerOptions: {
          baseUrl: 'https://static.example.gov.cn',
          rootPath: 'uploads',
          s3Options: {
            region: 'cn-east-1',
            endpoint: 'https://minio.internal:9000',
            forcePathStyle: true,
            credentials: { accessKeyId: 'key', secretAccessKey: 'secret' },
            params: { Bucket: 'media', ACL: 'public-read' },
          },
        },
      },
    });
    expect(uploadMediaOrigin(storage)).toBe('https://static.example.gov.cn');
  });

  it('derives the media origin from the endpoint, the addressing style or AWS when no public URL is set', () => {
    expect(uploadMediaOrigin(readUploadStorage(MINIO))).toBe('https://minio.internal:9000');
    expect(uploadMediaOrigin(readUploadStorage({ ...MINIO, S3_FORCE_PATH_STYLE: 'false' }))).toBe(
      'https://media.minio.internal:9000',
    );
    expect(
      uploadMediaOrigin(
        readUploadStorage({ UPLOAD_PROVIDER: 's3', S3_BUCKET: 'media', S3_REGION: 'eu-west-1' }),
      ),
    ).toBe('https://media.s3.eu-west-1.amazonaws.com');
  });

  it('leaves credentials to the AWS SDK when no key is set, and sends no ACL with S3_ACL=none', () => {
    const storage = readUploadStorage({
      UPLOAD_PROVIDER: 's3',
      S3_BUCKET: 'media',
      S3_REGION: 'eu-west-1',
      S3_ACL: 'none',
    });
    const s3Options = uploadPluginConfig(storage)?.config.providerOptions.s3Options;
    expect(s3Options).not.toHaveProperty('credentials');
    expect(s3Options?.params).toEqual({ Bucket: 'media', ACL: undefined });
    expect(Object.keys(s3Options?.params ?? {})).toContain('ACL');
  });

  it('names the variable that is missing or wrong', () => {
    expect(() => readUploadStorage({ UPLOAD_PROVIDER: 's3' })).toThrow(
      /^UPLOAD_PROVIDER=s3 needs S3_BUCKET and S3_REGION: see cms\/.env.example/,
    );
    expect(() => readUploadStorage({ ...MINIO, S3_SECRET_ACCESS_KEY: '' })).toThrow(
      /S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY are set together or not at all/,
    );
    expect(() => readUploadStorage({ ...MINIO, S3_ENDPOINT: 'minio.internal:9000' })).toThrow(
      /S3_ENDPOINT must be an http\(s\) URL.*"minio.internal:9000"/,
    );
    expect(() => readUploadStorage({ ...MINIO, S3_FORCE_PATH_STYLE: 'yes' })).toThrow(
      'S3_FORCE_PATH_STYLE must be true or false, got "yes"',
    );
    expect(() => readUploadStorage({ UPLOAD_PROVIDER: 'minio' })).toThrow(
      /^UPLOAD_PROVIDER must be local or s3, got "minio"/,
    );
  });

  it('refuses S3 settings without UPLOAD_PROVIDER, so uploads do not silently stay on disk', () => {
    expect(() => readUploadStorage({ S3_BUCKET: 'media', S3_REGION: 'eu-west-1' })).toThrow(
      'S3_BUCKET is set but UPLOAD_PROVIDER is not: set UPLOAD_PROVIDER=s3 to store uploads in the bucket, or UPLOAD_PROVIDER=local to keep them on disk',
    );
    // The defaults cms/.env.example shows do not count as asking for S3.
    expect(readUploadStorage({ S3_ACL: 'public-read', S3_FORCE_PATH_STYLE: 'false' })).toEqual({
      provider: 'local',
    });
  });
});
