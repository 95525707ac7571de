// Strapi's own admin translations, merged the way its admin merges them (StrapiApp.loadTrads):
// the admin's keys as they are, each plugin's prefixed with the plugin id.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** One translation table: message id → text. */
export type Messages = Record<string, string>;

/** A package whose admin ships translations, and the prefix its keys get (none for the admin). */
export interface TranslationSource {
  /** The npm package, e.g. `@strapi/content-manager`. */
  packageName: string;
  /** The plugin id the admin puts before its keys; `null` for @strapi/admin itself. */
  prefix: string | null;
}

/** The packages of the admin an editor of this portal meets (our `cms` has each of them enabled). */
export const EDITOR_SOURCES: readonly TranslationSource[] = [
  { packageName: '@strapi/admin', prefix: null },
  { packageName: '@strapi/content-manager', prefix: 'content-manager' },
  { packageName: '@strapi/upload', prefix: 'upload' },
  { packageName: '@strapi/i18n', prefix: 'i18n' },
  { packageName: '@strapi/plugin-users-permissions', prefix: 'users-permissions' },
];

// Where a package's built admin keeps `<locale>.json.mjs` (the admin nests its source one deeper).
const TRANSLATION_DIRS = ['dist/admin/admin/src/translations', 'dist/admin/translations'];

/** The folder of a Strapi package as the cms resolves it (through @strapi/strapi for its parts). */
function packageDir(cmsDir: string, packageName: string): string {
  const fromCms = createRequire(path.join(cmsDir, 'package.json'));
  for (const resolver of [fromCms, createRequire(fromCms.resolve('@strapi/strapi/package.json'))]) {
    try {
      return path.dirname(resolver.resolve(`${packageName}/package.json`));
    } catch {
      // not a dependency of this one; try the next
    }
  }
  throw new Error(`cannot resolve ${packageName} from ${cmsDir} or from @strapi/strapi`);
}

/** One package's translations in `locale`, prefixed; empty when the package ships none for it. */
export async function loadPackageMessages(
  cmsDir: string,
  source: TranslationSource,
  locale: string,
): Promise<Messages> {
  const dir = packageDir(cmsDir, source.packageName);
  const file = TRANSLATION_DIRS.map((sub) => path.join(dir, sub, `${locale}.json.mjs`)).find((candidate) =>
    fs.existsSync(candidate),
  );
  if (!file) return {};
  const module = (await import(pathToFileURL(file).href)) as { default: Messages };
  return prefixKeys(module.default, source.prefix);
}

/** `messages` with `prefix.` before every key, as the admin registers a plugin's translations. */
export function prefixKeys(messages: Messages, prefix: string | null): Messages {
  if (prefix === null) return { ...messages };
  return Object.fromEntries(Object.entries(messages).map(([key, text]) => [`${prefix}.${key}`, text]));
}

/** Every source's translations in `locale`, merged into one table. */
export async function loadStrapiMessages(
  cmsDir: string,
  locale: string,
  sources: readonly TranslationSource[] = EDITOR_SOURCES,
): Promise<Messages> {
  const tables = await Promise.all(sources.map((source) => loadPackageMessages(cmsDir, source, locale)));
  return Object.assign({}, ...tables) as Messages;
}
