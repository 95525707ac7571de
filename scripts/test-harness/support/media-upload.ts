// Uploads a file the way the admin's media dialog does: multipart `POST /upload` with the admin JWT.
import sharp from 'sharp';

/** An uploaded file as Strapi's upload API answers it. */
export interface UploadedFile {
  id: number;
  documentId: string;
  url: string;
  name: string;
  width: number | null;
  height: number | null;
  alternativeText: string | null;
  /** The sizes Strapi made of an image (thumbnail, small, medium, large); null for other files. */
  formats: Record<string, { url: string }> | null;
}

/** A PNG of `width`×`height` in one colour with a diagonal band, made here (no downloaded picture). */
export async function generatedPng(width: number, height: number, colour: string): Promise<Buffer> {
  const band = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="100%" height="100%" fill="${colour}"/><path d="M0 ${height} L${width} 0" stroke="#fff" stroke-width="${Math.round(width / 20)}"/></svg>`;
  return sharp(Buffer.from(band)).png().toBuffer();
}

/** Uploads `data` as `fileName` with `alternativeText`; throws with Strapi's answer when refused. */
export async function uploadMedia(
  strapiUrl: string,
  jwt: string,
  file: { data: Buffer; fileName: string; mime: string; alternativeText: string },
): Promise<UploadedFile> {
  const form = new FormData();
  form.append('files', new Blob([new Uint8Array(file.data)], { type: file.mime }), file.fileName);
  form.append('fileInfo', JSON.stringify({ name: file.fileName, alternativeText: file.alternativeText }));
  const response = await fetch(`${strapiUrl}/upload`, {
    method: 'POST',
    headers: { authorization: `Bearer ${jwt}` },
    body: form,
  });
  const text = await response.text();
  if (response.status !== 201 && response.status !== 200) {
    throw new Error(`uploading ${file.fileName} failed: HTTP ${response.status} ${text.slice(0, 400)}`);
  }
  const [uploaded] = JSON.parse(text) as UploadedFile[];
  if (!uploaded)
    throw new Error(`uploading ${file.fileName}: Strapi answered no file (${text.slice(0, 400)})`);
  return uploaded;
}
