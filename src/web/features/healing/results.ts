import { isDue, nextDueAt, score, scoreRange, seriesOf, type Answers, type Instrument, type ScoreResult, type TrendPoint } from '../../../core/questionnaires/index.js';
import type { OpenItem } from '../../../shared/client/index.js';
import { resultContentSchema, resultSummarySchema, type ResultContent, type ResultSummary } from '../../../shared/healing/content.js';

export { resultContentSchema, resultSummarySchema, type ResultContent, type ResultSummary };

/*
 * Questionnaire results as items. A sitting is scored here, in the browser, and stored with
 * the instrument's id and version, the raw answers and when it was taken (QUESTIONNAIRES.md),
 * privately. Sharing never shares that item: it makes a separate summary with the scores
 * alone, so the partner holds no key to the answers.
 */

/** A sitting scored now with the engine, ready to store. */
export function makeResult(instrument: Instrument, answers: Answers, takenAt: Date): ResultContent {
  const kept: Record<string, number | null> = {};
  for (const item of instrument.items) kept[item.id] = answers[item.id] ?? null;
  return { instrumentId: instrument.id, version: instrument.version, takenOn: takenAt.toISOString(), answers: kept, scores: score(instrument, answers) };
}

/** The scores-only copy of a sitting, for the partner. */
export function summaryOf(result: ResultContent, resultId: string): ResultSummary {
  return { instrumentId: result.instrumentId, version: result.version, takenOn: result.takenOn, scores: result.scores, summaryOf: resultId };
}

/** One's own sitting, opened. */
export interface ResultView {
  item: OpenItem;
  content: ResultContent;
}

/** A summary the partner shared, opened. */
export interface SummaryView {
  item: OpenItem;
  content: ResultSummary;
}

/** One's own readable sittings, oldest first. */
export function ownResults(list: readonly OpenItem[]): ResultView[] {
  return list
    .flatMap((item) => {
      const r = item.mine && item.verified ? resultContentSchema.safeParse(item.content) : null;
      return r?.success ? [{ item, content: r.data }] : [];
    })
    .sort((a, b) => a.content.takenOn.localeCompare(b.content.takenOn));
}

/** Readable summaries, newest first: one's own shared copies (`mine`) or the partner's. */
export function summaries(list: readonly OpenItem[], who: { mine: true } | { authorId: string }): SummaryView[] {
  return list
    .filter((i) => ('mine' in who ? i.mine : !i.mine && i.authorId === who.authorId) && i.verified)
    .flatMap((item) => {
      const r = resultSummarySchema.safeParse(item.content);
      return r.success ? [{ item, content: r.data }] : [];
    })
    .sort((a, b) => b.content.takenOn.localeCompare(a.content.takenOn));
}

/** Sittings of this instrument and this version only: a changed instrument never shares a line with its earlier one. */
export function sittingsOf<T extends { content: { instrumentId: string; version: number } }>(instrument: Instrument, views: readonly T[]): T[] {
  return views.filter((v) => v.content.instrumentId === instrument.id && v.content.version === instrument.version);
}

/** Where an instrument stands for this person: when last taken, whether it's offered now, and from when otherwise. */
export interface InstrumentStatus {
  last: ResultView | null;
  due: boolean;
  nextDue: Date | null;
}

/** The engine's cadence applied to one's own sittings of an instrument. */
export function instrumentStatus(instrument: Instrument, results: readonly ResultView[], now: Date): InstrumentStatus {
  const last = results.filter((r) => r.content.instrumentId === instrument.id).at(-1) ?? null;
  const takenAt = last ? new Date(last.content.takenOn) : null;
  return { last, due: isDue(instrument, takenAt, now), nextDue: takenAt ? nextDueAt(instrument.cadence, takenAt) : null };
}

/** One score's line across sittings (the total, or a subscale), for charts and the trend words. */
export function linesOf(instrument: Instrument, views: readonly { content: { takenOn: string; scores: ScoreResult } }[]): { id: string | null; title: string; points: TrendPoint[] }[] {
  const sittings = views.map((v) => ({ takenAt: new Date(v.content.takenOn), score: v.content.scores }));
  const lines: { id: string | null; title: string; points: TrendPoint[] }[] = [];
  if (instrument.scoring.total) lines.push({ id: null, title: instrument.scoring.total.title ?? 'Overall', points: seriesOf(sittings) });
  for (const s of instrument.subscales) lines.push({ id: s.id, title: s.title, points: seriesOf(sittings, s.id) });
  return lines;
}

/** A score for display: one decimal, and "not enough answers" for null. */
export function scoreText(value: number | null | undefined): string {
  return value === null || value === undefined ? 'Not enough answers to say' : (Math.round(value * 10) / 10).toFixed(1);
}

/** "on a scale of 1 to 7" for a score's possible range. */
export function rangeText(instrument: Instrument, subscaleId?: string): string {
  const { min, max } = scoreRange(instrument, subscaleId);
  return `from ${min} to ${max}`;
}

/** A questionnaire in progress, as its draft is kept: answers so far and the question on screen. */
export interface QuestionnaireDraft {
  answers: Record<string, number>;
  step: number;
}

/** A restored questionnaire draft, keeping only answers that fit this instrument's items and scale. */
export function asQuestionnaireDraft(instrument: Instrument, body: unknown): QuestionnaireDraft | null {
  if (!body || typeof body !== 'object') return null;
  const b = body as Record<string, unknown>;
  const raw = b.answers && typeof b.answers === 'object' ? (b.answers as Record<string, unknown>) : {};
  const answers: Record<string, number> = {};
  const { min, max } = instrument.scale;
  for (const item of instrument.items) {
    const v = raw[item.id];
    if (typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max) answers[item.id] = v;
  }
  const step = typeof b.step === 'number' && Number.isInteger(b.step) ? Math.min(Math.max(b.step, 0), instrument.items.length) : 0;
  return { answers, step };
}

/** Every point of the scale with its label: the anchor's words where there is one, else the number. */
export function scalePoints(instrument: Instrument): { value: number; label: string }[] {
  const { min, max, anchors } = instrument.scale;
  return Array.from({ length: max - min + 1 }, (_, i) => {
    const value = min + i;
    return { value, label: anchors.find((a) => a.value === value)?.label ?? String(value) };
  });
}
