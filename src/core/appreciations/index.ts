/*
 * Appreciations, the specific thank-yous partners send each other (for a kept promise or for
 * anything): what one says and this week's counts. Pure: no I/O.
 */
export { appreciationContentSchema, asAppreciation, THANKS_MAX } from './content.js';
export { appreciationsThisWeek } from './week.js';
