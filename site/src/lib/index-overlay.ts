// What the draft preview (site/src/preview) lays over the published site index while it renders
// one page. In the static build nothing sets it: the index is built once, as before.
import type { AdvantagesPage, CmsLocale, SiteSetting } from '@select-shandong/shared-types';

/** A single type's draft that the page being previewed shows in place of the published one. */
export type DraftSingle =
  | { type: 'site-setting'; document: SiteSetting }
  | { type: 'advantages-page'; document: AdvantagesPage };

/**
 * The preview server's count of content reloads, on globalThis: the integration that reloads the
 * content layer runs outside Vite, the pages inside it, and they share only the process.
 */
const GENERATION = Symbol.for('select-shandong.preview.content-generation');

/** The single type's draft laid over the index, by type (at most one at a time). */
interface Drafts {
  'site-setting'?: SiteSetting;
  'advantages-page'?: AdvantagesPage;
}

let drafts: Drafts = {};
let draftCount = 0;

/** Marks the published content as reloaded: every cached index is rebuilt on its next use. */
export function bumpContentGeneration(): void {
  const store = globalThis as Record<symbol, number | undefined>;
  store[GENERATION] = (store[GENERATION] ?? 0) + 1;
}

/** Puts a single type's draft over the index (the preview's page), or takes it off (null). */
export function setDraftSingle(draft: DraftSingle | null): void {
  drafts = draft ? { [draft.type]: draft.document } : {};
  if (draft) draftCount += 1;
}

/** The draft of single type `type` in `locale` the preview shows, or undefined. */
export function draftSingleOf<T extends keyof Drafts>(type: T, locale: CmsLocale): Drafts[T] | undefined {
  const draft = drafts[type];
  return draft?.locale === locale ? draft : undefined;
}

/** Changes whenever what an index would show changes: content reloaded, a draft laid over or taken off. */
function overlayKey(): string {
  const generation = (globalThis as Record<symbol, number | undefined>)[GENERATION] ?? 0;
  return `${generation} ${Object.keys(drafts).length > 0 ? draftCount : '-'}`;
}

/**
 * A per-locale cache of something built from the index, kept while the overlay stays the same:
 * in the static build, one value per locale for the whole build.
 */
export function overlayCache<K, V>(): (key: K, make: () => Promise<V>) => Promise<V> {
  const cache = new Map<K, Promise<V>>();
  let cachedFor = overlayKey();
  return (key, make) => {
    const now = overlayKey();
    if (now !== cachedFor) {
      cache.clear();
      cachedFor = now;
    }
    let value = cache.get(key);
    if (!value) {
      value = make();
      cache.set(key, value);
    }
    return value;
  };
}
