/** What kind of event it is: 路演 · 峰会 · 展会 · 网络研讨会. */
export const EVENT_TYPES = ['roadshow', 'summit', 'fair', 'webinar'] as const;

/** One event type. */
export type EventType = (typeof EVENT_TYPES)[number];
