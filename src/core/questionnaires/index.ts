/*
 * The questionnaire engine: instrument definitions as data (schema), pure scoring, cadence,
 * trends with kind copy, and Mend's own three instruments. Runs in the browser; no I/O.
 * The format and rules are documented in docs/QUESTIONNAIRES.md.
 */
export {
  InstrumentFormatError,
  formatPath,
  instrumentSchema,
  parseInstrument,
  parseInstrumentJson,
  type Instrument,
  type QuestionnaireIssue,
} from './schema.js';
export { AnswerError, hopefulDirection, requiredAnswers, score, scoreRange, type Answers, type ScoreResult } from './scoring.js';
export { isDue, nextDueAt } from './cadence.js';
export {
  DEFAULT_DEAD_BAND,
  deadBandFor,
  describeTrend,
  seriesOf,
  trend,
  type Trend,
  type TrendPoint,
} from './trend.js';
export { BUNDLED_INSTRUMENT_IDS, bundledInstrument, bundledInstruments } from './bundled.js';
