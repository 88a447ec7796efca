import type { ComponentId, FlagId } from '../../../core/apology/index.js';
import { ACK_NOTE_MAX, type AckContent } from '../../../shared/replies/content.js';
import type { LetterContent } from '../../../shared/apologies/content.js';

export { APOLOGY_MAX_CHARS, HEARD_MAX_CHARS, LETTER_MAX_CHARS, MAX_VALUES, VALUES_MAX_CHARS } from '../../../shared/apologies/content.js';
export type { ApologyContent, HeardContent, LetterContent, ValuesContent } from '../../../shared/apologies/content.js';
export type { AckContent };

/**
 * Practice 2: the shapes of what is written (all inside the encrypted content), the
 * friendly names the coach uses, and the pure helpers the page draws with.
 */

// ── Content shapes ─────────────────────────────────────────────────────────






export const NOTE_MAX = ACK_NOTE_MAX;

export const LETTER_PARTS: readonly { key: keyof LetterContent; title: string; why: string }[] = [
  { key: 'happened', title: 'What happened to me', why: 'Saying it from where you stood helps your partner see it as you lived it.' },
  { key: 'hurt', title: 'How it hurt', why: 'Hurt that is named plainly is easier to hear than hurt that has to be guessed.' },
  { key: 'need', title: 'What I need', why: 'What would help now — honesty, time, reassurance — gives you both something real to work with.' },
];

export const HEARD_YES = 'Yes, you heard me';
export const HEARD_NOT_QUITE = 'Not quite';
export const HEAR_YOU = 'I hear you';
export const NEED_MORE = 'I need more about…';

/** Values to choose from before apologizing (Schumann 2014); one or two. */
export const VALUES = ['Honesty', 'Kindness', 'Loyalty', 'Family', 'Courage', 'Fairness', 'Respect', 'Responsibility', 'Love', 'Growth'] as const;

export const DRAFT_PREFIX = 'apology:';
export const DRAFT_KEYS = {
  letter: 'apology:letter',
  compose: 'apology:compose',
  values: 'apology:values',
  heard: (letterId: string) => `apology:heard:${letterId}`,
} as const;






export function letterEmpty(l: LetterContent): boolean {
  return !l.happened.trim() && !l.hurt.trim() && !l.need.trim();
}

export function sameLetter(a: LetterContent, b: LetterContent | null): boolean {
  if (!b) return letterEmpty(a);
  return a.happened === b.happened && a.hurt === b.hurt && a.need === b.need;
}


/** Newest first (a thread over months). */
export function newestFirst<T extends { createdAt: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

export { byParent } from '../../../shared/kinds.js';

// ── The coach, in friendly words ───────────────────────────────────────────

/** The order the coach lists parts in: the research's priority, forgiveness last (and optional). */
export const PART_ORDER: readonly ComponentId[] = ['responsibility', 'impact', 'remorse', 'explanation', 'change', 'repair', 'forgiveness_request'];

/** A friendly name for each part of an apology; `name` is the partner's name (or "your partner"). */
export function partName(id: ComponentId, name: string): string {
  switch (id) {
    case 'responsibility':
      return 'Taking responsibility';
    case 'impact':
      return `Naming the hurt to ${name}`;
    case 'remorse':
      return 'Regret';
    case 'explanation':
      return 'Context, not excuse';
    case 'change':
      return 'A concrete change';
    case 'repair':
      return 'An offer to make amends';
    case 'forgiveness_request':
      return 'Asking for forgiveness (optional)';
  }
}

const FLAG_NAMES: Record<FlagId, string> = {
  feelings_focus: 'About their feelings, not your act',
  conditional: 'An “if” that puts the hurt in doubt',
  no_agent: 'No one doing it',
  justification: 'A “but” that defends',
  blame_shift: 'Blame handed over',
  minimizing: 'Making it smaller',
  intent_disclaimer: 'Leading with what you meant',
  vague: 'Not naming what happened',
  pressure: 'Hurrying them',
  hedged: 'Hedged',
  reinterpretation: 'Moving it to their understanding',
  comparison: 'Asking for credit by comparison',
  self_focus: 'Mostly about your own pain',
};

/** A short, kind label for a failure pattern. */
export function flagName(id: FlagId): string {
  return FLAG_NAMES[id];
}

// ── Marking spans in the text ──────────────────────────────────────────────

export interface MarkSpan {
  start: number;
  end: number;
  /** What the span is (a flag id, or "part"). */
  tag: string;
}

export interface Segment {
  text: string;
  /** The tags of every span covering this piece; empty when unmarked. */
  tags: string[];
}

/**
 * Cuts `text` into consecutive pieces at every span boundary, each with the tags of the
 * spans that cover it. Spans may overlap or nest; ones outside the text are clipped; empty
 * ones are ignored. Joining the pieces gives back `text` exactly.
 */
export function segmentText(text: string, spans: readonly MarkSpan[]): Segment[] {
  const clipped = spans
    .map((s) => ({ start: Math.max(0, Math.min(s.start, text.length)), end: Math.max(0, Math.min(s.end, text.length)), tag: s.tag }))
    .filter((s) => s.end > s.start);
  const cuts = new Set<number>([0, text.length]);
  for (const s of clipped) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i] ?? 0;
    const b = points[i + 1] ?? 0;
    if (b <= a) continue;
    const tags = [...new Set(clipped.filter((s) => s.start <= a && s.end >= b).map((s) => s.tag))];
    const prev = out[out.length - 1];
    if (prev && sameTags(prev.tags, tags)) prev.text += text.slice(a, b);
    else out.push({ text: text.slice(a, b), tags });
  }
  return out;
}

function sameTags(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((t) => b.includes(t));
}

/** A short quote of a span for a list ("…" when cut). */
export function quoteOf(text: string, start: number, end: number, max = 120): string {
  const q = text.slice(start, end).trim();
  return q.length > max ? `${q.slice(0, max - 1).trimEnd()}…` : q;
}
