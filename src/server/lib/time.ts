/** Current time as the ISO-8601 UTC text the database stores. */
export const nowIso = (now: Date = new Date()): string => now.toISOString();

/** An ISO time `ms` milliseconds after `from`. */
export const isoAfter = (ms: number, from: Date = new Date()): string => new Date(from.getTime() + ms).toISOString();
