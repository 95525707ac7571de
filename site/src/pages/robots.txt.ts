import type { APIRoute } from 'astro';

/** robots.txt: everything may be crawled; points to the sitemap index @astrojs/sitemap writes after the build. */
export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL('/sitemap-index.xml', site).href;
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
