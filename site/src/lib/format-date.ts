const FORMAT = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** Formats an ISO timestamp as Beijing time, `YYYY-MM-DD HH:mm`. */
export function formatBeijingTime(iso: string): string {
  const parts = Object.fromEntries(
    FORMAT.formatToParts(new Date(iso)).map((part) => [part.type, part.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}

/** Formats an ISO timestamp as a Beijing date, `YYYY-MM-DD`. */
export function formatBeijingDate(iso: string): string {
  return formatBeijingTime(iso).slice(0, 10);
}
