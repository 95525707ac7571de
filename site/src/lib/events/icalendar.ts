// RFC 5545 iCalendar files for the event pages (`/events/<slug>.ics`) and the feed of upcoming
// events. Written by hand: the format is small, and a dependency would bring a second date model.

/** One event as a calendar entry. */
export interface CalendarEvent {
  /** Stable across builds and locales' files of the same document, e.g. `<documentId>@select-shandong`. */
  uid: string;
  /** ISO timestamps; written as UTC so no VTIMEZONE is needed. */
  startsAt: string;
  endsAt: string;
  /** Last change of the document (DTSTAMP / LAST-MODIFIED). */
  updatedAt: string;
  summary: string;
  location?: string;
  description?: string;
  /** Absolute URL of the event page. */
  url?: string;
}

/** The calendar's own name and product id. */
export interface CalendarHead {
  name: string;
  productId: string;
}

const CRLF = '\r\n';
const MAX_OCTETS = 75;
const UTF8 = new TextEncoder();

/** Escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** A UTC DATE-TIME, `YYYYMMDDTHHMMSSZ`; throws on a timestamp that does not parse. */
export function utcDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) throw new Error(`Not a timestamp: ${JSON.stringify(iso)}`);
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/**
 * Folds a content line at 75 octets (§3.1), never inside a UTF-8 sequence: Chinese characters are
 * three octets each, so a character-count fold would split them.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = UTF8.encode(char).length;
    // Continuation lines start with one space, which counts against their 75 octets.
    const limit = parts.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

function eventLines(event: CalendarEvent): string[] {
  // A bad date names the event and the field, not only the value.
  const time = (field: 'startsAt' | 'endsAt' | 'updatedAt') => {
    try {
      return utcDateTime(event[field]);
    } catch (cause) {
      throw new Error(`Event ${event.uid}, field ${field}: ${(cause as Error).message}`, { cause });
    }
  };
  const [starts, ends, updated] = [time('startsAt'), time('endsAt'), time('updatedAt')];
  // Basic-format UTC stamps of equal length compare as strings.
  if (ends < starts) {
    throw new Error(`Event ${event.uid} ends (${event.endsAt}) before it starts (${event.startsAt})`);
  }
  const lines = [
    'BEGIN:VEVENT',
    `UID:${escapeText(event.uid)}`,
    `DTSTAMP:${updated}`,
    `LAST-MODIFIED:${updated}`,
    `DTSTART:${starts}`,
    `DTEND:${ends}`,
    `SUMMARY:${escapeText(event.summary)}`,
  ];
  if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`);
  if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
  if (event.url) lines.push(`URL:${event.url}`);
  lines.push('END:VEVENT');
  return lines;
}

/** A whole VCALENDAR with the given events, CRLF line ends and folded lines. */
export function renderCalendar(head: CalendarHead, events: readonly CalendarEvent[]): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${head.productId}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(head.name)}`,
    'X-WR-TIMEZONE:Asia/Shanghai',
    ...events.flatMap(eventLines),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}
