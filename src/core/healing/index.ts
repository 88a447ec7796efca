/*
 * Practice 9, time to heal: the daily check-in's content, the timeline with its 7-day trend,
 * the summary a person may share, and plain words for how things moved. Pure: no I/O.
 */
export {
  CHECKIN_NOTE_MAX,
  checkinContent,
  checkinContentSchema,
  localDateSchema,
  MEASURE_WORDS,
  MEASURES,
  SCORE_MAX,
  SCORE_MIN,
  type CheckinContent,
  type Measure,
  type Scores,
} from './checkin.js';
export { addDays, dateRange, daysBetween } from './dates.js';
export {
  averagePoints,
  byDate,
  hasCheckins,
  lineRuns,
  quietSpans,
  TIMELINE_DAYS,
  timeline,
  TREND_WINDOW,
  windowMean,
  type DatedScores,
  type DatedValue,
  type TimelineDay,
} from './series.js';
export {
  checkinsThisWeek,
  SHARE_WORDS_MAX,
  TREND_MIN_PER_WEEK,
  TREND_WEEKS,
  trendPointSchema,
  trendShareSchema,
  trendSummary,
  trendWeeks,
  type TrendShareContent,
  type TrendSharePoint,
} from './summary.js';
export { describeMovement, describeTogether, STEADY_BAND, weekMovement, type Movement } from './describe.js';
