// Whether a job posting is still open, decided at build time from its closing date. A posting is
// open through the whole of its `validUntil` day in Asia/Shanghai and expired from the next day.

/** Asia/Shanghai has kept UTC+8 without daylight saving since 1991. */
const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;

/** The calendar date (YYYY-MM-DD) in Asia/Shanghai at `now`. */
export function shanghaiDate(now: Date): string {
  return new Date(now.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}

/** Whether a posting closing on `validUntil` (YYYY-MM-DD) has expired at `now`. */
export function isJobExpired(job: { validUntil: string }, now: Date): boolean {
  return job.validUntil < shanghaiDate(now);
}

/** The postings still open at `now`, in their order. */
export function currentJobs<T extends { validUntil: string }>(jobs: readonly T[], now: Date): T[] {
  return jobs.filter((job) => !isJobExpired(job, now));
}

/** Newest posted first; on the same day, the one closing later first, then by slug. */
export function compareJobsNewestFirst(
  a: { postedAt: string; validUntil: string; slug: string },
  b: { postedAt: string; validUntil: string; slug: string },
): number {
  return (
    b.postedAt.localeCompare(a.postedAt) ||
    b.validUntil.localeCompare(a.validUntil) ||
    a.slug.localeCompare(b.slug)
  );
}
