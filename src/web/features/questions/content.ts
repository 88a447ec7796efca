/**
 * Practice 1, questions and answers: the shapes of what is written (inside the encrypted
 * content) and the pure helpers the page draws with.
 */

export const TOPICS = [
  { id: 'timeline', label: 'Timeline and scope' },
  { id: 'relationship', label: 'What the relationship was' },
  { id: 'secrecy', label: 'Secrecy and boundaries' },
  { id: 'now', label: 'Where things stand now' },
  { id: 'other', label: 'Other' },
] as const;

export type TopicId = (typeof TOPICS)[number]['id'];

export const SESSION_MINUTES = [10, 20, 30, 45] as const;
export const DEFAULT_SESSION_MINUTES = 20;

export const QUESTION_MAX_CHARS = 2_000;
export const ANSWER_MAX_CHARS = 8_000;
export const PAUSE_WORD_MAX = 40;

export interface QuestionContent {
  topic: TopicId;
  text: string;
}

export interface TextContent {
  text: string;
}

export interface PaceContent {
  sessionMinutes: number;
  pauseWord: string;
  /** While in the future, questions rest (ISO time: the end of the asker's day). */
  pausedUntil?: string;
}

export const DRAFT_PREFIX = 'qa:';
export const DRAFT_KEYS = {
  question: 'qa:question',
  disclosure: 'qa:disclosure',
  answer: (questionId: string) => `qa:answer:${questionId}`,
} as const;

const isTopic = (v: unknown): v is TopicId => TOPICS.some((t) => t.id === v);

export function topicLabel(id: TopicId): string {
  return TOPICS.find((t) => t.id === id)?.label ?? 'Other';
}

/** Decrypted content checked for shape (even verified content is not trusted to be well-formed). */
export function asQuestion(content: unknown): QuestionContent | null {
  if (!content || typeof content !== 'object') return null;
  const c = content as Record<string, unknown>;
  if (typeof c.text !== 'string') return null;
  return { topic: isTopic(c.topic) ? c.topic : 'other', text: c.text.slice(0, QUESTION_MAX_CHARS) };
}

export function asText(content: unknown, max = ANSWER_MAX_CHARS): TextContent | null {
  if (!content || typeof content !== 'object') return null;
  const t = (content as Record<string, unknown>).text;
  return typeof t === 'string' ? { text: t.slice(0, max) } : null;
}

export function asPace(content: unknown): PaceContent | null {
  if (!content || typeof content !== 'object') return null;
  const c = content as Record<string, unknown>;
  const minutes = SESSION_MINUTES.find((m) => m === c.sessionMinutes) ?? DEFAULT_SESSION_MINUTES;
  const pauseWord = typeof c.pauseWord === 'string' ? c.pauseWord.slice(0, PAUSE_WORD_MAX) : '';
  const out: PaceContent = { sessionMinutes: minutes, pauseWord };
  if (typeof c.pausedUntil === 'string' && !Number.isNaN(Date.parse(c.pausedUntil))) out.pausedUntil = c.pausedUntil;
  return out;
}

/** The parent an answer points at (state.parentId), or null. */
export function parentOf(item: { state: unknown }): string | null {
  const s = item.state as { parentId?: unknown } | null;
  return s && typeof s.parentId === 'string' ? s.parentId : null;
}

/** True while the pace says questions rest. */
export function isPaused(pace: PaceContent | null, now: Date = new Date()): boolean {
  if (!pace?.pausedUntil) return false;
  const until = Date.parse(pace.pausedUntil);
  return Number.isFinite(until) && until > now.getTime();
}

interface WallClock {
  y: number;
  m: number;
  d: number;
  h: number;
  mi: number;
  s: number;
}

function wallClock(at: Date, timeZone: string): WallClock {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(at);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return { y: get('year'), m: get('month'), d: get('day'), h: get('hour') % 24, mi: get('minute'), s: get('second') };
}

/** How far a zone's wall clock is ahead of UTC at a moment, in ms. */
function offsetAt(at: Date, timeZone: string): number {
  const w = wallClock(at, timeZone);
  const asUtc = Date.UTC(w.y, w.m - 1, w.d, w.h, w.mi, w.s);
  return asUtc - Math.floor(at.getTime() / 1000) * 1000;
}

/**
 * The end of the day where the asker is (the next local midnight) — when "Pause for today"
 * ends. Uses the given time zone; without one (or with one the browser doesn't know), this
 * device's.
 */
export function endOfLocalDay(now: Date, timeZone?: string): Date {
  if (timeZone) {
    try {
      const w = wallClock(now, timeZone);
      const target = Date.UTC(w.y, w.m - 1, w.d + 1, 0, 0, 0);
      let guess = target - offsetAt(now, timeZone);
      guess = target - offsetAt(new Date(guess), timeZone);
      if (Number.isFinite(guess) && guess > now.getTime()) return new Date(guess);
    } catch {
      /* an unknown zone: use this device's */
    }
  }
  return new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1, 0, 0, 0, 0);
}

/** "19:59", "0:05", "1:02:03" — time left on the session clock (never negative). */
export function formatTimer(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/** Newest first, by creation. */
export function newestFirst<T extends { createdAt: string }>(list: T[]): T[] {
  return [...list].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}
