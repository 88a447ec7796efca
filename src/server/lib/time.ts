/** The time as the ISO-8601 UTC text the database stores; `now` comes from the app's clock. */
export const nowIso = (now: Date): string => now.toISOString();

/** An ISO time `ms` milliseconds after `from` (from the app's clock, never the machine's). */
export const isoAfter = (ms: number, from: Date): string => new Date(from.getTime() + ms).toISOString();
