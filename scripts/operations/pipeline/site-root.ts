import fs from 'node:fs';
import path from 'node:path';

/** The folders and files of a SITE_ROOT. */
export interface SiteRootLayout {
  root: string;
  /** One folder per good build, named by its id (a sortable UTC timestamp). */
  buildsDir: string;
  /** One `<id>.json` build report per kept build. */
  reportsDir: string;
  /** The symlink the web server serves; always points at a complete build. */
  currentLink: string;
  /** The report of the latest run, good or failed (JSON and text). */
  lastRunJson: string;
  lastRunText: string;
  /**
   * Processed pictures kept between builds: IMAGE_CACHE_DIR when set, else `image-cache` here. Its
   * entries are named by content hash and written atomically, so several SITE_ROOTs may share one.
   */
  imageCacheDir: string;
}

/** The layout below `root`, creating the folders when missing. */
export function siteRootLayout(root: string): SiteRootLayout {
  const layout = {
    root,
    buildsDir: path.join(root, 'builds'),
    reportsDir: path.join(root, 'reports'),
    currentLink: path.join(root, 'current'),
    lastRunJson: path.join(root, 'last-run.json'),
    lastRunText: path.join(root, 'last-run.txt'),
    imageCacheDir: process.env.IMAGE_CACHE_DIR?.trim()
      ? path.resolve(process.env.IMAGE_CACHE_DIR.trim())
      : path.join(root, 'image-cache'),
  };
  fs.mkdirSync(layout.buildsDir, { recursive: true });
  fs.mkdirSync(layout.reportsDir, { recursive: true });
  return layout;
}

/** A new build id: the UTC time, sortable and safe in file names. */
export function newBuildId(now = new Date()): string {
  return now.toISOString().replaceAll(':', '-').replace('.', '-');
}

/** The id of the build `current` points at, or null before the first publish. */
export function currentBuildId(layout: SiteRootLayout): string | null {
  try {
    return path.basename(fs.readlinkSync(layout.currentLink));
  } catch {
    return null;
  }
}

/** The ids of the kept builds, oldest first (half-written folders start with a dot and are left out). */
export function listBuildIds(layout: SiteRootLayout): string[] {
  return fs
    .readdirSync(layout.buildsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
    .map((entry) => entry.name)
    .sort();
}
