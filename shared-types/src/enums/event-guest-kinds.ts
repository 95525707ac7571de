/** Whether an event guest is a person who speaks or an organisation taking part: 演讲嘉宾 · 参会机构. */
export const EVENT_GUEST_KINDS = ['speaker', 'organisation'] as const;

/** One guest kind. */
export type EventGuestKind = (typeof EVENT_GUEST_KINDS)[number];
