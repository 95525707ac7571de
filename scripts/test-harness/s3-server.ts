// A real S3-compatible server for tests: s3rver (npm) on 127.0.0.1, a free port, one bucket in a
// temporary folder. It checks request signatures, speaks PutObject, the multipart calls
// @aws-sdk/lib-storage makes for large files, DeleteObject and anonymous GetObject, which is what
// Strapi's aws-s3 upload provider and the site build need. A small "CDN" in front of the bucket
// gives the media URLs an origin of their own, as S3_PUBLIC_URL does in production.
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { GetObjectCommand, ListObjectsV2Command, NoSuchKey, S3Client } from '@aws-sdk/client-s3';
import S3rver from 's3rver';

/** s3rver's fixed key pair; requests signed with anything else are refused. */
const ACCESS_KEY_ID = 'S3RVER';
const SECRET_ACCESS_KEY = 'S3RVER';
const REGION = 'us-east-1';

/** A running S3 server with one bucket, and a CDN origin that serves the bucket's objects. */
export interface TestS3Server {
  /** The S3 endpoint, e.g. http://127.0.0.1:41234. */
  endpoint: string;
  bucket: string;
  /** The CDN's base URL, serving `<cdnUrl>/<key>` from the bucket. */
  cdnUrl: string;
  /** Strapi's environment for uploads to this bucket through the CDN (UPLOAD_PROVIDER=s3, S3_*). */
  strapiEnv: Record<string, string>;
  /** The object's bytes read with GetObject, or undefined when there is no such key. */
  getObject(key: string): Promise<Buffer | undefined>;
  /** Every key in the bucket. */
  listKeys(): Promise<string[]>;
  /** Stops the CDN and the server and removes the bucket's folder. */
  stop(): Promise<void>;
}

function listen(server: http.Server): Promise<number> {
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)),
  );
}

/** Forwards GETs to `<endpoint>/<bucket><path>` (anonymous, as a CDN reads a public bucket). */
function startCdn(endpoint: string, bucket: string): http.Server {
  return http.createServer((req, res) => {
    const upstream = http.get(`${endpoint}/${bucket}${req.url ?? '/'}`, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', () => res.writeHead(502).end());
  });
}

/** Starts s3rver with `bucket` (and its CDN) on free ports of 127.0.0.1. */
export async function startS3Server(bucket = 'media'): Promise<TestS3Server> {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'select-shandong-s3-'));
  const s3rver = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory,
    configureBuckets: [{ name: bucket, configs: [] }],
  });
  const { port } = await s3rver.run();
  const endpoint = `http://127.0.0.1:${port}`;
  const cdn = startCdn(endpoint, bucket);
  const cdnUrl = `http://127.0.0.1:${await listen(cdn)}`;
  const client = new S3Client({
    endpoint,
    region: REGION,
    forcePathStyle: true,
    credentials: { accessKeyId: ACCESS_KEY_ID, secretAccessKey: SECRET_ACCESS_KEY },
  });
  return {
    endpoint,
    bucket,
    cdnUrl,
    strapiEnv: {
      UPLOAD_PROVIDER: 's3',
      S3_BUCKET: bucket,
      S3_REGION: REGION,
      S3_ENDPOINT: endpoint,
      S3_FORCE_PATH_STYLE: 'true',
      S3_ACCESS_KEY_ID: ACCESS_KEY_ID,
      S3_SECRET_ACCESS_KEY: SECRET_ACCESS_KEY,
      S3_PUBLIC_URL: cdnUrl,
    },
    async getObject(key) {
      try {
        const answer = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
        return Buffer.from((await answer.Body?.transformToByteArray()) ?? []);
      } catch (error) {
        if (error instanceof NoSuchKey) return undefined;
        throw new Error(`GetObject ${bucket}/${key} on ${endpoint} failed`, { cause: error });
      }
    },
    async listKeys() {
      const answer = await client.send(new ListObjectsV2Command({ Bucket: bucket }));
      return (answer.Contents ?? []).flatMap((object) => (object.Key ? [object.Key] : []));
    },
    async stop() {
      client.destroy();
      cdn.closeAllConnections();
      await new Promise<void>((resolve) => cdn.close(() => resolve()));
      await s3rver.close();
      fs.rmSync(directory, { recursive: true, force: true });
    },
  };
}
