import type { PaceContent, TopicId } from '../../../shared/questions/content.js';

export {
  ANSWER_MAX_CHARS,
  DEFAULT_SESSION_MINUTES,
  PAUSE_WORD_MAX,
  QUESTION_MAX_CHARS,
  SESSION_MINUTES,
  type PaceContent,
  type QuestionContent,
  type TextContent,
  type TopicId,
} from '../../../shared/questions/content.js';

/**
 * Practice 1, questions and answers: the shapes of what is written (inside the encrypted
 * content) and the pure helpers the page draws with.
 */

export const TOPICS: readonly { id: TopicId; label: string }[] = [
  { id: 'timeline', label: 'Timeline and scope' },
  { id: 'relationship', label: 'What the relationship was' },
  { id: 'secrecy', label: 'Secrecy and boundaries' },
  { id: 'now', label: 'Where things stand now' },
  { id: 'other', label: 'Other' },
];





export const DRAFT_PREFIX = 'qa:';
export const DRAFT_KEYS = {
  question: 'qa:question',
  disclosure: 'qa:disclosure',
  answer: (questionId: string) => `qa:answer:${questionId}`,
} as const;

export function topicLabel(id: TopicId): string {
  return TOPICS.find((t) => t.id === id)?.label ?? 'Other';
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
