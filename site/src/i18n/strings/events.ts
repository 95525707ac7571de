import type { EventPhase } from '../../lib/events/event-phase.ts';
import type { SiteLocale } from '../locales.ts';

const zh = {
  intro: '山东在省内外和境外举办的招商路演、峰会、展会和网络研讨会。时间均为北京时间。',
  current: '即将举行和进行中',
  noCurrent: '目前没有即将举行的活动，请查看往期活动。',
  past: '往期活动',
  pastYear: (year: string) => `${year} 年往期活动`,
  allOfYear: (year: string, count: number) => `${year} 年全部 ${count} 场活动`,
  archiveIntro: (year: string) => `${year} 年已结束的活动，按开始时间由近及远排列。`,
  phase: { upcoming: '即将举行', ongoing: '进行中', past: '已结束' } satisfies Record<EventPhase, string>,
  time: '时间',
  timeZone: '（北京时间）',
  venue: '地点',
  city: '举办城市',
  organiser: '主办单位',
  eventType: '活动类型',
  phaseLabel: '状态',
  registration: '报名',
  register: '在线报名',
  registerAt: (title: string) => `在线报名：${title}`,
  deadline: '报名截止',
  registrationClosed: '报名已截止',
  noRegistrationNeeded: '无需报名',
  addToCalendar: '添加到日历',
  addToCalendarOf: (title: string) => `添加到日历：${title}（.ics 文件）`,
  calendarFeed: '订阅活动日历（.ics）',
  calendarName: (siteName: string) => `${siteName} · 即将举行的活动`,
  guests: '嘉宾',
  speakers: '演讲嘉宾',
  organisations: '参会机构',
  relatedProjects: '相关项目',
  relatedIndustries: '相关产业',
  upcomingInCity: '即将举行的活动',
  homeHeading: '近期活动',
  allEvents: '全部活动',
  movedColumn: '招商路演、峰会、展会和网络研讨会的时间、地点、嘉宾和报名，请见「活动」。',
  movedHeading: '本文已移至「活动」',
  movedText: '这篇重大活动报道现在是一个活动页面，请前往：',
};

const en: typeof zh = {
  intro:
    'Investment roadshows, summits, fairs and webinars held by Shandong at home and abroad. All times are Beijing time.',
  current: 'Upcoming and under way',
  noCurrent: 'No events are coming up at the moment; see the past events below.',
  past: 'Past events',
  pastYear: (year: string) => `Past events of ${year}`,
  allOfYear: (year: string, count: number) => `All ${count} events of ${year}`,
  archiveIntro: (year: string) => `Events of ${year} that have ended, most recent first.`,
  phase: { upcoming: 'Upcoming', ongoing: 'Under way', past: 'Ended' },
  time: 'Time',
  timeZone: ' (Beijing time)',
  venue: 'Venue',
  city: 'City',
  organiser: 'Organiser',
  eventType: 'Type',
  phaseLabel: 'Status',
  registration: 'Registration',
  register: 'Register online',
  registerAt: (title: string) => `Register online: ${title}`,
  deadline: 'Registration deadline',
  registrationClosed: 'Registration closed',
  noRegistrationNeeded: 'No registration needed',
  addToCalendar: 'Add to calendar',
  addToCalendarOf: (title: string) => `Add to calendar: ${title} (.ics file)`,
  calendarFeed: 'Subscribe to the events calendar (.ics)',
  calendarName: (siteName: string) => `${siteName} · Upcoming events`,
  guests: 'Guests',
  speakers: 'Speakers',
  organisations: 'Organisations',
  relatedProjects: 'Related projects',
  relatedIndustries: 'Industries',
  upcomingInCity: 'Upcoming events',
  homeHeading: 'Coming up',
  allEvents: 'All events',
  movedColumn:
    'Dates, venues, guests and registration of roadshows, summits, fairs and webinars are under Events.',
  movedHeading: 'This story has moved to Events',
  movedText: 'This major-event story is now an event page:',
};

/** Interface text of the events pages, by locale. */
export const EVENT_STRINGS: Record<SiteLocale, typeof zh> = { zh, en };

/** The events pages' text for a locale. */
export function eventStrings(locale: SiteLocale): typeof zh {
  return EVENT_STRINGS[locale];
}
