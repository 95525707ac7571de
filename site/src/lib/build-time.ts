/**
 * The moment this build started: what decides, for every page alike, whether an event is upcoming,
 * under way or over (and its registration open), whether a job posting is still open and whether a
 * policy has passed its expiry date. One value, so the lists, the pages and the calendar feed of one
 * build never disagree about a document whose date passes while it runs. (The preview server keeps
 * the value of its start.)
 */
export const BUILD_TIME = new Date();
