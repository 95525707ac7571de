import { imageRegistry } from './image-registry.ts';
import { MediaError, type MediaRef } from './media-error.ts';

const CHECK_TIMEOUT_MS = 30_000;

async function check(url: string, ref: MediaRef): Promise<void> {
  let response: Response;
  try {
    // HEAD: the image service downloads the body itself, and only when its cache has no copy.
    response = await fetch(url, { method: 'HEAD', signal: AbortSignal.timeout(CHECK_TIMEOUT_MS) });
  } catch (cause) {
    throw new MediaError(ref, url, 'could not be fetched', { cause });
  }
  if (!response.ok) throw new MediaError(ref, url, `could not be fetched (HTTP ${response.status})`);
  const type = response.headers.get('content-type') ?? '';
  if (!type.startsWith('image/')) throw new MediaError(ref, url, `is not an image (content-type "${type}")`);
}

/**
 * Checks once per build that `url` answers with an image, and remembers `ref` so a later decode
 * failure in the image service names the document; throws a MediaError naming `ref` otherwise.
 */
export function checkImageSource(url: string, ref: MediaRef): Promise<void> {
  const registry = imageRegistry();
  if (!registry.refs.has(url)) registry.refs.set(url, ref);
  let pending = registry.checks.get(url);
  if (!pending) {
    pending = check(url, ref);
    registry.checks.set(url, pending);
  }
  return pending;
}
