/**
 * Bench stage "fetch", run as its own process: pages through every collection and single type in
 * both locales with the site's CMS client (validation included), keeping only a count.
 * Last line: JSON with the number of documents.
 */
import { CMS_LOCALES, COLLECTION_TYPES, SINGLE_TYPES } from '@select-shandong/shared-types';
import { createCmsClient } from '@select-shandong/site/cms/client';

async function main(): Promise<void> {
  const client = createCmsClient({
    baseUrl: process.env.STRAPI_URL ?? '',
    token: process.env.STRAPI_TOKEN ?? '',
    progressEveryPages: 20,
    log: (line) => console.log(line),
  });
  let documents = 0;
  for (const locale of CMS_LOCALES) {
    for (const type of COLLECTION_TYPES) {
      for await (const _document of client.fetchAllPages(type, locale)) documents += 1;
    }
    for (const type of SINGLE_TYPES) {
      if (await client.fetchSingle(type, locale)) documents += 1;
    }
  }
  console.log(JSON.stringify({ documents }));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
