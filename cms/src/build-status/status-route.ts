import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { changedDocumentName, contentTypeUid, type EditorText, failureReason } from './describe-build';
import { type BuildStatusFile, readBuildStatusFile, type StatusDocument } from './status-file';

/** Where the admin asks for the build status (an admin route: signed-in administrators only). */
export const BUILD_STATUS_PATH = '/site-build/status';
/** How many documents of each kind of change the widget lists by name. */
const LISTED = 8;

/** BUILD_STATUS_FILE, or `.local/build-status.json` of the repository, where `pnpm start` writes it. */
export function buildStatusFile(strapi: Core.Strapi): string {
  return (
    process.env.BUILD_STATUS_FILE?.trim() ||
    path.resolve(strapi.dirs.app.root, '..', '.local', 'build-status.json')
  );
}

/** The document's title (or name) in that locale, when it still exists; the editor knows documents by it. */
async function documentTitle(
  strapi: Core.Strapi,
  doc: { type: string; documentId: string; locale: string },
): Promise<string | undefined> {
  const uid = contentTypeUid(doc.type);
  if (!uid) return undefined;
  try {
    const found = (await strapi
      .documents(uid as Parameters<Core.Strapi['documents']>[0])
      .findOne({ documentId: doc.documentId, locale: doc.locale })) as Record<string, unknown> | null;
    const title = found?.title ?? found?.name ?? found?.organization;
    return typeof title === 'string' ? title : undefined;
  } catch {
    // A removed document or locale: the slug or id still names it.
    return undefined;
  }
}

/** The status file with the texts the widget shows (both admin languages) added. */
async function statusView(strapi: Core.Strapi, status: BuildStatusFile) {
  const run = status.lastRun;
  if (!run) return { ...status, lastRun: null };
  const names = async (docs: StatusDocument[]): Promise<EditorText[]> =>
    Promise.all(
      docs.slice(0, LISTED).map(async (doc) => changedDocumentName(doc, await documentTitle(strapi, doc))),
    );
  const changes = run.changes && {
    counts: {
      added: run.changes.added.length,
      changed: run.changes.changed.length,
      removed: run.changes.removed.length,
    },
    added: await names(run.changes.added),
    changed: await names(run.changes.changed),
    // Removed documents are usually gone from the CMS too: their slug names them.
    removed: run.changes.removed.slice(0, LISTED).map((doc) => changedDocumentName(doc)),
  };
  const reason =
    run.failure &&
    failureReason(
      run.failure,
      run.failure.document ? await documentTitle(strapi, run.failure.document) : undefined,
    );
  return { ...status, lastRun: { ...run, changes, reason } };
}

/**
 * Adds GET /site-build/status for the admin's build-status widget: the rebuild service's status
 * file as the editor reads it. Admin type, so only a signed-in administrator (any role) gets it.
 */
export function registerBuildStatusRoute(strapi: Core.Strapi): void {
  strapi.server.routes({
    type: 'admin',
    prefix: '',
    routes: [
      {
        method: 'GET',
        path: BUILD_STATUS_PATH,
        handler: async (ctx: { body: unknown }) => {
          const file = buildStatusFile(strapi);
          try {
            const status = readBuildStatusFile(file);
            ctx.body = { data: status && (await statusView(strapi, status)) };
          } catch (error) {
            strapi.log.warn(`[build-status] ${(error as Error).message}`);
            ctx.body = { data: null, error: (error as Error).message };
          }
        },
        config: { policies: ['admin::isAuthenticatedAdmin'] },
        info: { pluginName: 'admin' },
      },
    ],
  });
}
