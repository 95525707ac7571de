// A strict reader of RFC 5545 calendars, shared by the writer's unit tests and the events
// integration test (which reads the .ics files the site build wrote): it fails the test on any
// line the format forbids, so "the file parses" means more than "a calendar app did not complain".
import { expect } from 'vitest';

const UTF8 = new TextEncoder();

/** Reads a calendar strictly, failing on anything RFC 5545 forbids; returns each VEVENT's properties. */
export function parseCalendar(text: string): Record<string, string>[] {
  expect(text.endsWith('\r\n')).toBe(true);
  const physical = text.slice(0, -2).split('\r\n');
  for (const line of physical) {
    expect(line).not.toMatch(/[\r\n]/);
    expect(UTF8.encode(line).length).toBeLessThanOrEqual(75);
  }
  const logical: string[] = [];
  for (const line of physical) {
    if (line.startsWith(' ')) logical[logical.length - 1] += line.slice(1);
    else logical.push(line);
  }
  const unescapeText = (value: string) =>
    value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
  expect(logical[0]).toBe('BEGIN:VCALENDAR');
  expect(logical.at(-1)).toBe('END:VCALENDAR');
  const events: Record<string, string>[] = [];
  let current: Record<string, string> | null = null;
  for (const line of logical) {
    const colon = line.indexOf(':');
    expect(colon).toBeGreaterThan(0);
    const name = line.slice(0, colon);
    const value = line.slice(colon + 1);
    // An unescaped comma or semicolon in a single TEXT value would split it.
    if (['SUMMARY', 'LOCATION', 'DESCRIPTION'].includes(name)) expect(value).not.toMatch(/(?<!\\)[;,]/);
    if (line === 'BEGIN:VEVENT') current = {};
    else if (line === 'END:VEVENT') {
      if (current) events.push(current);
      current = null;
    } else if (current) current[name] = unescapeText(value);
  }
  return events;
}
