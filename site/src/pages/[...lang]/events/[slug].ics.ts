import { getCollection } from 'astro:content';
import type { Event } from '@select-shandong/shared-types';
import type { APIRoute, GetStaticPaths } from 'astro';
import { langParam, localeFromParam, toSiteLocale } from '../../../i18n/locales.ts';
import { documentPath } from '../../../i18n/paths.ts';
import { eventCalendarFile } from '../../../lib/events/event-calendar-file.ts';

export const getStaticPaths = (async () => {
  const entries = await getCollection('events');
  return entries.map(({ data }) => ({
    params: { lang: langParam(toSiteLocale(data.locale)), slug: data.slug },
    props: { event: data },
  }));
}) satisfies GetStaticPaths;

/** `/events/<slug>.ics`: the event as an iCalendar file, for 添加到日历. */
export const GET: APIRoute<{ event: Event }> = async ({ params, props, site }) => {
  const locale = localeFromParam(params.lang);
  const pageUrl = new URL(documentPath(locale, 'event', props.event.slug), site).href;
  return eventCalendarFile(locale, [{ event: props.event, pageUrl }], props.event.title);
};
