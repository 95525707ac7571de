// Expected values derived from the demo fixtures, for comparing what pages show against the content.
import { demoContent } from '@select-shandong/cms/seed/fixtures';

/** The project-library investment range (亿元) an amount falls in: [0,1), [1,10), [10,50), [50,∞). */
export function investmentRange(amount: number): 'under-1' | '1-10' | '10-50' | '50-plus' {
  if (amount < 1) return 'under-1';
  if (amount < 10) return '1-10';
  if (amount < 50) return '10-50';
  return '50-plus';
}

/** An enum value as it appears in URLs and data attributes (`high_tech_zone` → `high-tech-zone`). */
export function urlValue(value: string): string {
  return value.replaceAll('_', '-');
}

/** The document slug of a page path in `segment` (`/en/parks/x/` → `x`), or null for other pages. */
export function slugIn(segment: string, href: string): string | null {
  const pathname = new URL(href, 'http://site.invalid').pathname;
  const match = new RegExp(`^(?:/en)?/${segment}/([^/]+)/$`).exec(pathname);
  return match?.[1] ?? null;
}

const byslug = <T extends { slug: string }>(items: T[]) => new Map(items.map((item) => [item.slug, item]));
const articles = byslug(demoContent.articles);
const parks = byslug(demoContent.parks);
const projects = byslug(demoContent.projects);
const contacts = byslug(demoContent.contacts);
const policies = byslug(demoContent.policies);
const events = byslug(demoContent.events);
const jobs = byslug(demoContent.jobs);
const cities = byslug(demoContent.cities);

/**
 * The city a page belongs to according to the fixtures (a city page or its topics, or an article,
 * park, project, contact, event, job or municipal policy with a city), or undefined when it belongs to none.
 */
export function cityOfPath(href: string): string | undefined {
  const pathname = new URL(href, 'http://site.invalid').pathname.replace(/^\/en\//, '/');
  const [, segment, slug] = pathname.split('/');
  if (!slug) return undefined;
  if (segment === 'cities') return slug;
  if (segment === 'articles') return articles.get(slug)?.city;
  if (segment === 'parks') return parks.get(slug)?.city;
  if (segment === 'projects') return projects.get(slug)?.city;
  if (segment === 'contacts') return contacts.get(slug)?.city;
  if (segment === 'policies') return policies.get(slug)?.city;
  if (segment === 'events') return events.get(slug)?.city;
  if (segment === 'jobs') return jobs.get(slug)?.city;
  return undefined;
}

/**
 * Whether a page belongs to `citySlug` for a city filter: its own city per `cityOfPath`, or, for an
 * industry page, an industry the city's fixture lists (industry pages relate to several cities).
 */
export function belongsToCity(href: string, citySlug: string): boolean {
  const industry = slugIn('industries', href);
  if (industry) return cities.get(citySlug)?.industries.includes(industry) ?? false;
  return cityOfPath(href) === citySlug;
}
