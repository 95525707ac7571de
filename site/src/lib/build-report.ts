/** One problem found while building pages; the build continues and prints all of them at the end. */
export interface BuildWarning {
  /** Content type of the document with the problem. */
  type: string;
  /** Its document id. */
  documentId: string;
  /** Its CMS locale. */
  locale: string;
  /** The field with the problem. */
  field: string;
  /** What is wrong. */
  message: string;
}

// Pages run from Astro's bundled chunks, the integration that prints the report from the config's
// module graph; one registry on globalThis is shared by both within the build process.
const REGISTRY = Symbol.for('select-shandong.build-report');

type GlobalWithReport = typeof globalThis & { [REGISTRY]?: Map<string, BuildWarning> };

function registry(): Map<string, BuildWarning> {
  const scope = globalThis as GlobalWithReport;
  scope[REGISTRY] ??= new Map();
  return scope[REGISTRY];
}

/** Records a warning once (repeats of the same warning are ignored). */
export function recordWarning(warning: BuildWarning): void {
  const key = `${warning.type}|${warning.documentId}|${warning.locale}|${warning.field}|${warning.message}`;
  registry().set(key, warning);
}

/** Every warning recorded so far, in a stable order. */
export function buildWarnings(): BuildWarning[] {
  return [...registry().values()].sort((a, b) =>
    `${a.type}${a.locale}${a.documentId}${a.field}`.localeCompare(
      `${b.type}${b.locale}${b.documentId}${b.field}`,
    ),
  );
}

/** One line per warning, for the end-of-build report. */
export function formatWarning(warning: BuildWarning): string {
  return `${warning.type} ${warning.documentId} (${warning.locale}) ${warning.field}: ${warning.message}`;
}
