/** Prints a numbered step with its elapsed time when done, e.g. `[3/5] Starting Strapi … done in 4.2 s`. */
export async function step<T>(
  index: number,
  total: number,
  title: string,
  run: () => Promise<T>,
): Promise<T> {
  const started = Date.now();
  console.log(`\n[${index}/${total}] ${title} …`);
  const result = await run();
  console.log(`[${index}/${total}] ${title}: done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return result;
}
