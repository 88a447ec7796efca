/*
 * The questionnaire engine: instrument definitions as data (schema), pure scoring, cadence,
 * trends with kind copy, and Mend's own three instruments. Runs in the browser; no I/O.
 * The format and rules are documented in docs/QUESTIONNAIRES.md.
 */
export {
  AUDIENCES,
  CADENCES,
  DIRECTIONS,
  INSTRUMENT_FORMAT,
  InstrumentFormatError,
  SCORING_METHODS,
  formatPath,
  instrumentSchema,
  parseInstrument,
  parseInstrumentJson,
  type Audience,
  type Cadence,
  type Direction,
  type Instrument,
  type InstrumentInput,
  type InstrumentItem,
  type QuestionnaireIssue,
  type ScoringMethod,
  type Subscale,
} from './schema.js';
export { AnswerError, hopefulDirection, requiredAnswers, score, scoreRange, type Answers, type ScoreResult } from './scoring.js';
export { isDue, nextDueAt } from './cadence.js';
export {
  DEAD_BAND_SHARE,
  DEFAULT_DEAD_BAND,
  deadBandFor,
  describeTrend,
  seriesOf,
  trend,
  type DescribeOptions,
  type Trend,
  type TrendDirection,
  type TrendOptions,
  type TrendPoint,
} from './trend.js';
export { BUNDLED_INSTRUMENT_IDS, bundledInstrument, bundledInstruments } from './bundled.js';
