/*
 * The iCalendar export of practice 6: rituals and planned activities as a .ics file made in
 * the browser, with real or neutral titles. Pure: no I/O.
 */
export {
  ACTIVITY_MINUTES,
  buildCalendar,
  NEUTRAL_TITLE,
  RITUAL_MINUTES,
  TIMEZONE_YEARS_AHEAD,
  type CalendarActivity,
  type CalendarOptions,
  type CalendarRitual,
} from './ics.js';
export { vtimezone, zoneTransitions, type ZoneTransition } from './vtimezone.js';
