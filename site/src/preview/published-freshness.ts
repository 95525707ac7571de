/** What keeping the preview's published content current needs. */
export interface FreshnessOptions {
  /** Strapi's stamp of everything published (DraftReader.fetchPublishedStamp). */
  readStamp: () => Promise<string>;
  /** Reloads the published content (the content layer) and drops what was built from it. */
  reload: () => Promise<void>;
  /** Where a reload and its time, or a failed check, are reported. */
  log: (line: string) => void;
}

/** The preview's published content, kept as current as Strapi's. */
export interface PublishedFreshness {
  /** Records the stamp of the content the server loads at start, so the first page does not reload it. */
  prime(): Promise<void>;
  /** Reloads the published content if anything was published, unpublished or deleted since it was loaded. */
  ensureFresh(): Promise<void>;
}

/**
 * Per-request freshness: one cheap question to Strapi before each preview page, and a reload of
 * the content layer only when the answer changed, so a document published after the preview
 * started appears in its navigation, lists and related content. Concurrent pages share one check;
 * a check that fails (Strapi restarting) keeps the content there is.
 */
export function publishedFreshness(options: FreshnessOptions): PublishedFreshness {
  let loaded: string | null = null;
  let running: Promise<void> | null = null;
  const check = async () => {
    const stamp = await options.readStamp();
    if (stamp === loaded) return;
    const started = Date.now();
    await options.reload();
    loaded = stamp;
    options.log(`[preview] published content changed: reloaded in ${Date.now() - started} ms`);
  };
  return {
    async prime() {
      try {
        loaded = await options.readStamp();
      } catch (error) {
        options.log(`[preview] could not read the published state at start: ${String(error)}`);
      }
    },
    ensureFresh() {
      running ??= check()
        .catch((error: unknown) => options.log(`[preview] published content not checked: ${String(error)}`))
        .finally(() => {
          running = null;
        });
      return running;
    },
  };
}
