/** Days of the week as RFC 5545 writes them, Monday first (ISO order). */
export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
/** One day of the week, RFC 5545 style. */
export type Weekday = (typeof WEEKDAYS)[number];
