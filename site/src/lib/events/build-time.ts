/**
 * The moment this build started, which decides for every page alike whether an event is upcoming,
 * under way or over and whether its registration is open: one value, so the list, the event page
 * and the calendar feed of one build never disagree about an event that ends while it runs.
 */
export const BUILD_TIME = new Date();
