// Where uploads are stored, chosen by the environment: the local disk (cms/public/uploads) unless
// UPLOAD_PROVIDER=s3, then an S3-compatible bucket through @strapi/provider-upload-aws-s3.
// Read once here so the upload plugin (config/plugins.ts) and the admin's CSP
// (config/middlewares.ts) agree on the bucket's public origin.

/** The S3 bucket and how to reach it, from the S3_* variables. */
export interface S3Storage {
  /** S3_BUCKET: the bucket's name. */
  bucket: string;
  /** S3_REGION: the bucket's region (any value an S3-compatible store accepts, e.g. us-east-1). */
  region: string;
  /** S3_ENDPOINT: the store's URL; absent for AWS itself. */
  endpoint?: string;
  /** S3_FORCE_PATH_STYLE: address the bucket as endpoint/bucket/key rather than bucket.endpoint/key. */
  forcePathStyle: boolean;
  /** S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY; absent: the AWS SDK's own chain (instance role, AWS_* variables). */
  credentials?: { accessKeyId: string; secretAccessKey: string };
  /** S3_PUBLIC_URL: the CDN or custom domain the media URLs start with; absent: the bucket's own URL. */
  publicUrl?: string;
  /** S3_ROOT_PATH: a key prefix inside the bucket, e.g. uploads. */
  rootPath?: string;
  /** S3_ACL: canned ACL sent with each object; absent for buckets with ACLs disabled (S3_ACL=none). */
  acl?: string;
}

/** Where uploads go. */
export type UploadStorage = { provider: 'local' } | { provider: 's3'; s3: S3Storage };

type Env = Record<string, string | undefined>;

type S3Variable =
  | 'S3_BUCKET'
  | 'S3_REGION'
  | 'S3_ENDPOINT'
  | 'S3_ACCESS_KEY_ID'
  | 'S3_SECRET_ACCESS_KEY'
  | 'S3_PUBLIC_URL'
  | 'S3_ROOT_PATH'
  | 'S3_ACL';

const SEE = 'see cms/.env.example and docs/operations.md ("Uploads in S3-compatible storage")';

function httpUrl(name: string, value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch (error) {
    throw new Error(`${name} must be an http(s) URL such as https://media.example.org, got "${value}"`, {
      cause: error,
    });
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`${name} must be an http(s) URL such as https://media.example.org, got "${value}"`);
  }
  return value.replace(/\/+$/, '');
}

function booleanVariable(env: Env, name: string): boolean {
  const value = env[name]?.trim().toLowerCase() ?? '';
  if (value === '' || value === 'false') return false;
  if (value === 'true') return true;
  throw new Error(`${name} must be true or false, got "${env[name]}"`);
}

function readS3(env: Env): S3Storage {
  const value = (name: S3Variable) => env[name]?.trim() || undefined;
  const missing = (['S3_BUCKET', 'S3_REGION'] as const).filter((name) => !value(name));
  if (missing.length > 0) throw new Error(`UPLOAD_PROVIDER=s3 needs ${missing.join(' and ')}: ${SEE}`);
  const accessKeyId = value('S3_ACCESS_KEY_ID');
  const secretAccessKey = value('S3_SECRET_ACCESS_KEY');
  if (Boolean(accessKeyId) !== Boolean(secretAccessKey)) {
    throw new Error(`S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY are set together or not at all: ${SEE}`);
  }
  const endpoint = value('S3_ENDPOINT');
  const publicUrl = value('S3_PUBLIC_URL');
  const acl = value('S3_ACL') ?? 'public-read';
  return {
    bucket: value('S3_BUCKET') ?? '',
    region: value('S3_REGION') ?? '',
    ...(endpoint ? { endpoint: httpUrl('S3_ENDPOINT', endpoint) } : {}),
    forcePathStyle: booleanVariable(env, 'S3_FORCE_PATH_STYLE'),
    ...(accessKeyId && secretAccessKey ? { credentials: { accessKeyId, secretAccessKey } } : {}),
    ...(publicUrl ? { publicUrl: httpUrl('S3_PUBLIC_URL', publicUrl) } : {}),
    ...(value('S3_ROOT_PATH') ? { rootPath: value('S3_ROOT_PATH') } : {}),
    ...(acl === 'none' ? {} : { acl }),
  };
}

/**
 * Reads UPLOAD_PROVIDER (local, the default, or s3) and the S3_* variables; fails naming the
 * variable when s3 lacks one, and when S3_BUCKET is set without UPLOAD_PROVIDER, so uploads never
 * land on a disk the operator meant to replace by a bucket.
 */
export function readUploadStorage(env: Env = process.env): UploadStorage {
  const provider = env.UPLOAD_PROVIDER?.trim() || undefined;
  if (provider === 's3') return { provider: 's3', s3: readS3(env) };
  if (provider === 'local') return { provider: 'local' };
  if (provider !== undefined) {
    throw new Error(`UPLOAD_PROVIDER must be local or s3, got "${env.UPLOAD_PROVIDER}": ${SEE}`);
  }
  // Only the bucket signals intent: the other S3_* have harmless defaults one may copy along.
  if (env.S3_BUCKET?.trim()) {
    throw new Error(
      'S3_BUCKET is set but UPLOAD_PROVIDER is not: set UPLOAD_PROVIDER=s3 to store uploads in the bucket, or UPLOAD_PROVIDER=local to keep them on disk',
    );
  }
  return { provider: 'local' };
}

/**
 * The origin media URLs start with when uploads are in S3 (what the admin's CSP must allow for
 * thumbnails), or undefined for local storage, whose URLs are the CMS's own.
 */
export function uploadMediaOrigin(storage: UploadStorage): string | undefined {
  if (storage.provider === 'local') return undefined;
  const { s3 } = storage;
  if (s3.publicUrl) return new URL(s3.publicUrl).origin;
  if (s3.endpoint) {
    const endpoint = new URL(s3.endpoint);
    // Virtual-hosted style puts the bucket in the host name, as the provider's URLs then do.
    return s3.forcePathStyle ? endpoint.origin : `${endpoint.protocol}//${s3.bucket}.${endpoint.host}`;
  }
  return `https://${s3.bucket}.s3.${s3.region}.amazonaws.com`;
}

/** The upload plugin's entry in config/plugins.ts for the aws-s3 provider. */
export interface S3UploadPluginConfig {
  config: {
    provider: 'aws-s3';
    providerOptions: {
      baseUrl?: string;
      rootPath?: string;
      s3Options: {
        region: string;
        endpoint?: string;
        forcePathStyle: boolean;
        credentials?: { accessKeyId: string; secretAccessKey: string };
        params: { Bucket: string; ACL: string | undefined };
      };
    };
  };
}

/** The upload plugin's config entry for `storage`, or undefined for Strapi's default (local disk). */
export function uploadPluginConfig(storage: UploadStorage): S3UploadPluginConfig | undefined {
  if (storage.provider === 'local') return undefined;
  const { s3 } = storage;
  return {
    config: {
      provider: 'aws-s3',
      providerOptions: {
        ...(s3.publicUrl ? { baseUrl: s3.publicUrl } : {}),
        ...(s3.rootPath ? { rootPath: s3.rootPath } : {}),
        s3Options: {
          region: s3.region,
          ...(s3.endpoint ? { endpoint: s3.endpoint } : {}),
          forcePathStyle: s3.forcePathStyle,
          ...(s3.credentials ? { credentials: s3.credentials } : {}),
          // ACL present but undefined: the provider then sends none (it adds public-read only when the key is absent).
          params: { Bucket: s3.bucket, ACL: s3.acl },
        },
      },
    },
  };
}
