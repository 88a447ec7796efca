/*
 * The iCalendar export of practice 6: rituals and planned activities as a .ics file made in
 * the browser, with real or neutral titles. Pure: no I/O.
 */
export {
  buildCalendar,
  NEUTRAL_TITLE,
  type CalendarActivity,
  type CalendarRitual,
} from './ics.js';
