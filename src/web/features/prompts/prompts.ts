import { parseContent } from '../../../shared/kinds.js';
import { DECKS, getPrompt, renderPrompt, type Depth } from '../../../core/prompts/index.js';
import { formatDate } from '../../lib/format.js';
import type { PromptDayView } from '../../../shared/api/prompts.js';

/** The longest answer (an answer is at most 16 KiB once encrypted and encoded). */
export const ANSWER_MAX_CHARS = 3000;

/** The two kind replies a partner can send under an answer, after the reveal. */
export const REPLY_PHRASES = ['Thank you for sharing', 'Tell me more sometime'] as const;

/** The encrypted content of an answer. */
export interface AnswerContent {
  text: string;
}

/** A draft of today's answer, as it is sealed (with the prompt it was started for). */
export interface AnswerDraft {
  text: string;
  promptId?: string;
}

export const DEPTH_OPTIONS: readonly { value: Depth; label: string; hint: string }[] = [
  { value: 'light', label: 'Light', hint: 'Easy, everyday questions.' },
  { value: 'deeper', label: 'Deeper', hint: 'Questions about feelings, hopes and what matters.' },
  { value: 'deep', label: 'Deep', hint: 'Tender questions about needs, fears and closeness.' },
];

/** "Light", "Deeper", "Deep". */
export function depthLabel(depth: Depth): string {
  return DEPTH_OPTIONS.find((d) => d.value === depth)?.label ?? 'Light';
}

/**
 * The person's own calendar date (YYYY-MM-DD) at `now` in `timeZone`. An unknown zone falls
 * back to this device's zone, then to UTC.
 */
export function localDateIn(now: Date, timeZone?: string | null): string {
  const fmt = (tz?: string) => {
    const parts = new Intl.DateTimeFormat('en-CA', { timeZone: tz, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now);
    const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
    const out = `${get('year')}-${get('month')}-${get('day')}`;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(out)) throw new RangeError('bad date');
    return out;
  };
  try {
    return fmt(timeZone ?? undefined);
  } catch {
    try {
      return fmt();
    } catch {
      return now.toISOString().slice(0, 10);
    }
  }
}

/** A calendar date (YYYY-MM-DD) for people: "Thu 27 Nov". */
export function dayLabel(date: string, locale?: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return date;
  return formatDate(date, undefined, locale);
}

/** The words of a day's prompt, with the partner's name filled in (or a kind line if it left the library). */
export function promptTextOf(promptId: string, partnerName?: string | null): string {
  const p = getPrompt(promptId);
  return p ? renderPrompt(p.text, partnerName) : "This prompt isn't in Mend's library any more.";
}

/** A deck's title for people; an unknown deck shows its id in plain words. */
export function deckTitle(deck: string): string {
  return DECKS.find((d) => d.id === deck)?.title ?? deck.replace(/_/g, ' ');
}

/** A deck's one-sentence description, or '' if unknown. */
export function deckDescription(deck: string): string {
  return DECKS.find((d) => d.id === deck)?.description ?? '';
}

/** How an earlier day went, described and never graded. */
export function historyStatus(day: Pick<PromptDayView, 'answeredByMe' | 'revealed'>): string {
  if (day.revealed) return 'You both answered';
  if (day.answeredByMe) return 'You answered';
  return 'Not answered';
}

/** Earlier days only (today's is on the card), newest first, at most `limit`. */
export function earlierDays<T extends Pick<PromptDayView, 'date'>>(days: readonly T[], today: string, limit = 14): T[] {
  return days
    .filter((d) => d.date < today)
    .sort((a, b) => b.date.localeCompare(a.date))
    .slice(0, limit);
}

/** The draft key of one day's answer. */
export function answerDraftKey(dayId: string): string {
  return `prompt:${dayId}`;
}


/** A sealed draft body checked for shape. */
export function asAnswerDraft(body: unknown): AnswerDraft | null {
  const a = parseContent('prompt_answer', body);
  if (!a) return null;
  const p = (body as Record<string, unknown>).promptId;
  return typeof p === 'string' ? { text: a.text, promptId: p } : a;
}
