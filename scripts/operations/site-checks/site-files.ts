// Maps a built site's URL paths to its files, the way a static host (and serve/static-server.ts) does.
import fs from 'node:fs';
import path from 'node:path';

/** Every file below `root` matching `extension`, as paths relative to `root` with forward slashes. */
export function listFiles(root: string, extension: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith(extension))
        found.push(path.relative(root, full).split(path.sep).join('/'));
    }
  };
  walk(root);
  return found.sort();
}

/** The URL path a built file is served at (`en/cities/index.html` → `/en/cities/`). */
export function urlPathOf(relativeFile: string): string {
  const url = `/${relativeFile}`;
  return url.endsWith('/index.html') ? url.slice(0, -'index.html'.length) : url;
}

/** The file a URL path resolves to inside `root` (directory → index.html), or null when none exists. */
export function resolveUrlPath(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const candidate = path.join(root, path.normalize(decoded));
  // A path that climbs out of the build (`/../x`) cannot be served, so it is broken.
  if (candidate !== root && !candidate.startsWith(root + path.sep)) return null;
  for (const file of [candidate, path.join(candidate, 'index.html')]) {
    if (fs.existsSync(file) && fs.statSync(file).isFile()) return file;
  }
  return null;
}
