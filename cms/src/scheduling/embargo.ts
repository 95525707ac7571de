/** A datetime as the database or the Document Service returns it. */
export type StoredDateTime = string | number | Date | null | undefined;

/** The dates of one draft (one locale of one document) that decide when it may go public. */
export interface DatedDraft {
  documentId: string;
  locale?: string | null;
  /** 定时发布时间: when the scheduler publishes the draft; empty means "publish by hand". */
  publishAt?: StoredDateTime;
  /** The date the page shows (articles): a page must not appear before the date it claims. */
  releasedAt?: StoredDateTime;
  /** When the version now published (same document and locale) was published, if there is one. */
  publishedSince?: StoredDateTime;
}

/** The field that holds a draft back, and until when. */
export interface Embargo {
  field: 'publishAt' | 'releasedAt';
  until: Date;
}

/** Milliseconds since the epoch, or null for an empty or unreadable value. */
function timeOf(value: StoredDateTime): number | null {
  if (value === null || value === undefined || value === '') return null;
  const time = value instanceof Date ? value.getTime() : new Date(value).getTime();
  return Number.isNaN(time) ? null : time;
}

/**
 * What keeps a draft from being published at `now`: its publication time or its displayed date
 * still ahead (the publication time first, since it is the one the editor set for this purpose),
 * or null when it may be published.
 */
export function embargoOf(draft: DatedDraft, now: Date): Embargo | null {
  for (const field of ['publishAt', 'releasedAt'] as const) {
    const time = timeOf(draft[field]);
    if (time !== null && time > now.getTime()) return { field, until: new Date(time) };
  }
  return null;
}

/** True when the draft was published (by hand, or by an earlier tick) at or after its publication time. */
function publishedOnSchedule(draft: DatedDraft): boolean {
  const since = timeOf(draft.publishedSince);
  const at = timeOf(draft.publishAt);
  return since !== null && at !== null && since >= at;
}

/**
 * The scheduled drafts the scheduler publishes at `now`, earliest publication time first: those
 * with a publication time that has come and no displayed date still ahead (an article scheduled
 * for 10:00 but dated 10:30 waits until 10:30 rather than fail to publish at 10:00), unless they
 * were published since that time — an editor who set a past time and pressed Publish — which
 * would only publish the same thing again.
 */
export function dueDrafts<T extends DatedDraft>(drafts: readonly T[], now: Date): T[] {
  return drafts
    .filter(
      (draft) =>
        timeOf(draft.publishAt) !== null && embargoOf(draft, now) === null && !publishedOnSchedule(draft),
    )
    .sort((a, b) => (timeOf(a.publishAt) ?? 0) - (timeOf(b.publishAt) ?? 0));
}

/** A time as editors read it in the admin: Beijing time, to the minute ("2027-01-01 08:00"). */
export function beijingTime(time: Date): string {
  const shifted = new Date(time.getTime() + 8 * 60 * 60 * 1000);
  return `${shifted.toISOString().slice(0, 16).replace('T', ' ')}（北京时间）`;
}
