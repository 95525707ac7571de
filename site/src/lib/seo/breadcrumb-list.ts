import type { BreadcrumbList, ListItem, WithContext } from 'schema-dts';

/** One breadcrumb: its text and, except for the current page, its path. */
export interface Crumb {
  label: string;
  href?: string | undefined;
}

/**
 * schema.org BreadcrumbList of a trail that starts at the home page. The current page (last item)
 * gets the page's own URL, because Google asks for an `item` on every element but the last may omit it.
 */
export function breadcrumbList(
  trail: readonly Crumb[],
  pageUrl: string,
  site: string,
): WithContext<BreadcrumbList> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: trail.map(
      (crumb, i): ListItem => ({
        '@type': 'ListItem',
        position: i + 1,
        name: crumb.label,
        item: i === trail.length - 1 ? pageUrl : new URL(crumb.href ?? pageUrl, site).href,
      }),
    ),
  };
}
