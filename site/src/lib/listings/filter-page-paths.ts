import { langParam, SITE_LOCALES } from '../../i18n/locales.ts';
import { filterPages } from '../filters/filter-model.ts';
import { jobFilterDimensions } from '../filters/job-filters.ts';
import { parkFilterDimensions } from '../filters/park-filters.ts';
import { issuerSlugOf, policyFilterDimensions } from '../filters/policy-filters.ts';
import { projectFilterDimensions } from '../filters/project-filters.ts';
import { getSiteIndex } from '../site-index.ts';

/** `getStaticPaths` of /parks/<dimension>/<value>/: one page per value, empty ones included. */
export async function parkFilterPagePaths() {
  const paths = [];
  for (const locale of SITE_LOCALES) {
    const index = await getSiteIndex(locale);
    for (const { name, option } of filterPages(parkFilterDimensions(locale, index.parks, index.cities))) {
      paths.push({
        params: { lang: langParam(locale), dimension: name, value: option.value },
        props: { filter: { name, value: option.value } },
      });
    }
  }
  return paths;
}

/** `getStaticPaths` of /projects/<dimension>/<value>/: one page per value, empty ones included. */
export async function projectFilterPagePaths() {
  const paths = [];
  for (const locale of SITE_LOCALES) {
    const index = await getSiteIndex(locale);
    const dimensions = projectFilterDimensions(locale, index.projects, index.cities, index.industries);
    for (const { name, option } of filterPages(dimensions)) {
      paths.push({
        params: { lang: langParam(locale), dimension: name, value: option.value },
        props: { filter: { name, value: option.value } },
      });
    }
  }
  return paths;
}

/** `getStaticPaths` of /policies/<dimension>/<value>/: one page per value, empty ones included. */
export async function policyFilterPagePaths() {
  const issuerSlugFor = issuerSlugOf((await getSiteIndex('zh')).policies);
  const paths = [];
  for (const locale of SITE_LOCALES) {
    const index = await getSiteIndex(locale);
    const dimensions = policyFilterDimensions(
      locale,
      index.policies,
      issuerSlugFor,
      index.cities,
      index.industries,
    );
    for (const { name, option } of filterPages(dimensions)) {
      paths.push({
        params: { lang: langParam(locale), dimension: name, value: option.value },
        props: { filter: { name, value: option.value } },
      });
    }
  }
  return paths;
}

/** `getStaticPaths` of /jobs/<dimension>/<value>/: one page per city and industry, empty ones included. */
export async function jobFilterPagePaths() {
  const paths = [];
  for (const locale of SITE_LOCALES) {
    const index = await getSiteIndex(locale);
    const dimensions = jobFilterDimensions(locale, index.currentJobs, index.cities, index.industries);
    for (const { name, option } of filterPages(dimensions)) {
      paths.push({
        params: { lang: langParam(locale), dimension: name, value: option.value },
        props: { filter: { name, value: option.value } },
      });
    }
  }
  return paths;
}
