/**
 * Every kind of writing in an export, said in the words the app uses for it: the question a
 * reflection answered, "Kept" rather than "kept", the activity's name rather than its id. Used
 * by the readable page that is saved, and by the page that opens an export.
 */
import { getActivity } from '../../../core/activities/index.js';
import { plainFields, type ExportHtmlOptions, type ExportPresenter, type ReadableField } from '../../../core/export/index.js';
import { MEASURE_WORDS, MEASURES } from '../../../core/healing/index.js';
import { bundledInstrument } from '../../../core/questionnaires/index.js';
import { scheduleSchema, type Schedule } from '../../../core/schedules/index.js';
import { STANCE_LABELS, type Stance } from '../../../core/today/stance.js';
import { REFLECTION_SECTIONS, type ReflectionSection } from '../../../shared/kinds.js';
import { formatDate, formatDateTime, scheduleText } from '../../lib/format.js';
import { KIND_LABELS, PREP_PARTS } from '../agreements/model.js';
import { LETTER_PARTS } from '../apologies/content.js';
import { promptOf } from '../forgiveness/model.js';
import { TOPICS } from '../questions/content.js';
import { sectionInfo } from '../reflections/sections.js';

type Content = Record<string, unknown>;

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v : null);
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** Fields with nothing in them are left out. */
function fields(...list: (readonly [string | null, string | readonly string[] | null])[]): ReadableField[] {
  return list.flatMap(([label, text]) => (text === null || text.length === 0 ? [] : [{ label, text }]));
}

/** Where a schedule stands now: its last segment, in words. */
function scheduleWords(state: unknown): string | null {
  const segments = (state as { segments?: unknown } | null)?.segments;
  if (!Array.isArray(segments) || segments.length === 0) return null;
  const last = scheduleSchema.safeParse(segments[segments.length - 1]);
  return last.success ? scheduleText(last.data as Schedule) : null;
}

const STATUS_WORDS: Record<string, string> = { active: 'Going on', paused: 'Paused', ended: 'Ended' };
const MARK_WORDS: Record<string, string> = { kept: 'Kept', missed: 'Missed' };
const ACTIVITY_WORDS: Record<string, string> = { idea: 'An idea for later', planned: 'Planned', done: 'Done together' };
const AGREEMENT_STATUS_WORDS: Record<string, string> = { proposed: 'Proposed', active: 'In use', paused: 'Paused', retired: 'Retired' };
const ANSWER_WORDS: Record<string, string> = { accept: 'Accepted', revise: 'Asked to change it', decline: 'Declined' };
const MILESTONE_WORDS: Record<string, string> = { milestone: 'A milestone', chapter: 'A chapter closed together' };

/** Each kind's fields; a kind not named here shows its own fields, made readable. */
const BY_KIND: Partial<Record<string, (c: Content, state: unknown, timeZone: string) => ReadableField[]>> = {
  reflection: (c, state) => {
    const section = (state as { section?: unknown } | null)?.section;
    const known = typeof section === 'string' && (REFLECTION_SECTIONS as readonly string[]).includes(section);
    return fields([known ? sectionInfo(section as ReflectionSection).title : null, str(c.text)]);
  },
  impact_letter: (c) => fields(...LETTER_PARTS.map((p) => [p.title, str(c[p.key])] as const)),
  acknowledgment: (c) => fields([null, str(c.text)], ['Note', str(c.note)]),
  question: (c) => fields(['Topic', TOPICS.find((t) => t.id === c.topic)?.label ?? null], ['Question', str(c.text)]),
  qa_pace: (c, _s, tz) =>
    fields(
      ['Time for questions', num(c.sessionMinutes) !== null ? `${num(c.sessionMinutes)} minutes at a time` : null],
      ['Pause word', str(c.pauseWord)],
      ['Resting until', str(c.pausedUntil) ? formatDateTime(c.pausedUntil as string, tz) : null],
    ),
  values_reflection: (c) => fields(['Values that matter to me', Array.isArray(c.values) ? c.values.filter((v): v is string => typeof v === 'string') : null], [null, str(c.text)]),
  apology: (c) => fields([null, str(c.text)]),
  trigger: (c, _s, tz) => fields(['What happened', str(c.what)], ['When', str(c.when) ? formatDateTime(c.when as string, tz) : null], ['Note', str(c.note)]),
  journal_entry: (c) => fields(['Title', str(c.title)], ['Written on', str(c.writtenOn) ? formatDate(c.writtenOn as string) : null], [null, str(c.text)]),
  day_share: (c) => fields(['Day', str(c.day) ? formatDate(c.day as string) : null], ['A high', str(c.high)], ['A low', str(c.low)]),
  commitment: (c, state) =>
    fields(['Promise', str(c.what)], ['Note', str(c.note)], ['When', scheduleWords(state)], ['Where it stands', STATUS_WORDS[String((state as Content | null)?.status)] ?? null]),
  commitment_mark: (c, state) =>
    fields(['For', str((state as Content | null)?.occurrence) ? formatDate((state as Content).occurrence as string) : null], ['How it went', MARK_WORDS[String(c.status)] ?? null], ['Note', str(c.note)]),
  note: (c, state, tz) => {
    const at = str((state as Content | null)?.deliverAt);
    return fields([null, str(c.text)], ['To arrive', at ? formatDateTime(at, tz) : null]);
  },
  ritual: (c, state) => fields(['Ritual', str(c.title)], ['Note', str(c.note)], ['When', scheduleWords(state)], ['Where it stands', STATUS_WORDS[String((state as Content | null)?.status)] ?? null]),
  ritual_log: (c, state) => fields(['For', str((state as Content | null)?.occurrence) ? formatDate((state as Content).occurrence as string) : null], ['Reflection', str(c.reflection)]),
  activity_plan: (c) => {
    const planned = c.plannedFor as { at?: unknown } | undefined;
    return fields(
      ['Activity', (typeof c.activityId === 'string' ? getActivity(c.activityId)?.title : null) ?? str(c.title) ?? 'An activity from the ideas'],
      ['Where it stands', ACTIVITY_WORDS[String(c.status)] ?? null],
      ['Planned for', typeof planned?.at === 'string' ? formatDateTime(planned.at) : null],
      ['Reflection', str(c.reflection)],
    );
  },
  checkin: (c) =>
    fields(
      ['Day', str(c.date) ? formatDate(c.date as string) : null],
      ...MEASURES.map((m) => [MEASURE_WORDS[m].label, num(c[m]) !== null ? `${num(c[m])} of 10` : null] as const),
      ['Note', str(c.note)],
    ),
  trend_share: (c) =>
    fields(
      ['Days', str(c.from) && str(c.to) ? `${formatDate(c.from as string)} to ${formatDate(c.to as string)}` : null],
      ['Words', str(c.words)],
      ['Days with a check-in', Array.isArray(c.series) ? String(c.series.length) : null],
    ),
  questionnaire_result: (c) => questionnaire(c),
  questionnaire_summary: (c) => questionnaire(c),
  agreement: (c) =>
    fields(
      ['Agreement', str(c.title)],
      [null, str(c.text)],
      ['Kind', KIND_LABELS[String(c.kind) as keyof typeof KIND_LABELS] ?? null],
      ['Look at it again on', str(c.reviewOn) ? formatDate(c.reviewOn as string) : null],
      ['Where it stands', AGREEMENT_STATUS_WORDS[String(c.status)] ?? null],
      ['What changed', str(c.changeNote)],
    ),
  agreement_response: (c) => {
    const terms = c.terms as Content | undefined;
    return fields(['Answer', ANSWER_WORDS[String(c.answer)] ?? null], [null, str(c.words)], ['Suggested wording', terms ? [str(terms.title), str(terms.text)].filter((s): s is string => s !== null) : null]);
  },
  milestone: (c) => fields([MILESTONE_WORDS[String(c.type)] ?? 'A milestone', str(c.title)], ['Note', str(c.note)]),
  forgiveness_reflection: (c) => fields([typeof c.prompt === 'string' ? (promptOf(c.prompt)?.question ?? null) : null, str(c.text)]),
  conversation: (c) => fields(['Topic', str(c.topic)], ['Guide', str(c.guide)]),
  conversation_prep: (c) => fields(...PREP_PARTS.map((p) => [p.label, str(c[p.key])] as const)),
  stance: (c) => fields(['Where I stand', STANCE_LABELS[String(c.stance) as Stance] ?? null]),
};

/** A questionnaire sitting: its name, when, its scores, and each answer beside its question. */
function questionnaire(c: Content): ReadableField[] {
  const instrument = typeof c.instrumentId === 'string' ? bundledInstrument(c.instrumentId) : undefined;
  const scores = c.scores as { total?: unknown; subscales?: Record<string, unknown> } | undefined;
  const scoreLines: string[] = [];
  if (num(scores?.total) !== null) scoreLines.push(`${instrument?.scoring.total?.title ?? 'Overall'}: ${num(scores?.total)}`);
  for (const [id, v] of Object.entries(scores?.subscales ?? {})) {
    if (num(v) !== null) scoreLines.push(`${instrument?.subscales.find((s) => s.id === id)?.title ?? 'Part'}: ${num(v)}`);
  }
  const answers = c.answers as Record<string, unknown> | undefined;
  const answerLines = instrument && answers
    ? instrument.items.flatMap((item) => {
        const v = num(answers[item.id]);
        if (v === null) return [];
        const anchor = instrument.scale.anchors.find((a) => a.value === v);
        return [`${item.text} — ${anchor ? anchor.label : v}`];
      })
    : [];
  return fields(['Questionnaire', instrument?.title ?? 'A questionnaire'], ['Taken on', str(c.takenOn) ? formatDate(c.takenOn as string) : null], ['Scores', scoreLines], ['Answers', answerLines]);
}

/** Says one exported item in people's words. */
export const presentExported: ExportPresenter = (item, doc) => {
  const c = item.content;
  if (c === null || typeof c !== 'object' || Array.isArray(c)) return plainFields(c);
  const present = BY_KIND[item.kind];
  const out = present ? present(c as Content, item.state, doc.account.timeZone) : [];
  return out.length ? out : plainFields(c);
};

/** How the web app writes the readable page: each kind in its words, times in the person's locale. */
export const EXPORT_HTML_OPTIONS: ExportHtmlOptions = { present: presentExported, when: (iso, timeZone) => formatDateTime(iso, timeZone) };
