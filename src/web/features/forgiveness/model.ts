import type { OpenItem } from '../../../shared/client/index.js';

/*
 * Practice 10 in the browser: reflection prompts on letting go of resentment (Mend's own words;
 * EVIDENCE.md §1 — releasing resentment is separate from reconciling, and forgiveness is a
 * process), milestones the couple marks together, and closing a chapter.
 */

export const DRAFT_PREFIX = 'forgiveness:';
export const DRAFT_KEYS = {
  reflection: (prompt: string) => `forgiveness:reflection:${prompt}`,
  milestone: 'forgiveness:milestone:new',
  chapter: 'forgiveness:chapter:new',
} as const;

export const REFLECTION_MAX = 8_000;
export const MILESTONE_TITLE_MAX = 160;
export const MILESTONE_NOTE_MAX = 1_000;

/** One guided reflection: the question and a line on why it helps. */
export interface ReflectionPrompt {
  id: string;
  question: string;
  why: string;
}

export const REFLECTION_PROMPTS: readonly ReflectionPrompt[] = [
  {
    id: 'carrying',
    question: 'What am I still carrying?',
    why: 'Naming resentment is a first step to choosing what to do with it. It isn’t a demand to put it down.',
  },
  {
    id: 'protects',
    question: 'What does holding on to it protect — and what does it cost me?',
    why: 'Resentment often guards something real. Seeing what it guards lets you decide, rather than be hurried.',
  },
  {
    id: 'means',
    question: 'What would letting go mean to me, and what would it not mean?',
    why: 'Letting go of resentment is not excusing, forgetting or promising to stay. Those are separate choices, made separately.',
  },
  {
    id: 'lighter',
    question: 'What would I need to see, over time, to feel a little lighter?',
    why: 'Forgiveness, when it comes, tends to follow many small kept promises over months — not a single moment.',
  },
  {
    id: 'myself',
    question: 'Is there anything I want to forgive in myself?',
    why: 'Hurt usually runs both ways, and so does blame. Being kinder to yourself is part of this too.',
  },
];

/** A reflection's encrypted content: which prompt, and the words. */
export interface ForgivenessContent {
  prompt: string;
  text: string;
}

/** Checks opened reflection content for shape. */
export function asForgiveness(content: unknown): ForgivenessContent | null {
  if (!content || typeof content !== 'object') return null;
  const c = content as Record<string, unknown>;
  return typeof c.prompt === 'string' && typeof c.text === 'string' ? { prompt: c.prompt, text: c.text.slice(0, REFLECTION_MAX) } : null;
}

/** The prompt a reflection answers, or null for one this version doesn't know. */
export function promptOf(id: string): ReflectionPrompt | null {
  return REFLECTION_PROMPTS.find((p) => p.id === id) ?? null;
}

/** A milestone, or a chapter closed together. */
export type MilestoneType = 'milestone' | 'chapter';

/** A milestone's encrypted content. */
export interface MilestoneContent {
  type: MilestoneType;
  title: string;
  note?: string;
}

/** Checks opened milestone content for shape. */
export function asMilestone(content: unknown): MilestoneContent | null {
  if (!content || typeof content !== 'object') return null;
  const c = content as Record<string, unknown>;
  if (typeof c.title !== 'string' || !c.title.trim()) return null;
  const type: MilestoneType = c.type === 'chapter' ? 'chapter' : 'milestone';
  return { type, title: c.title.slice(0, MILESTONE_TITLE_MAX), ...(typeof c.note === 'string' && c.note.trim() ? { note: c.note.slice(0, MILESTONE_NOTE_MAX) } : {}) };
}

/** Milestone ideas to start from; the couple's own words are always better. */
export const MILESTONE_IDEAS = ['Three months of Friday check-ins', 'Our first weekend away again', 'A month of promises kept, and noticed'] as const;

/** The acknowledgment text that confirms a milestone (the partner's "yes, let's mark it"). */
export const MARKED_TEXT = 'Marked together';

/**
 * True when the milestone is marked together: the person who didn't propose it confirmed it
 * (an acknowledgment pointing at it, written by them).
 */
export function markedTogether(milestone: Pick<OpenItem, 'id' | 'authorId'>, acks: readonly Pick<OpenItem, 'state' | 'authorId'>[]): boolean {
  return acks.some((a) => a.authorId !== milestone.authorId && parentOf(a) === milestone.id);
}

/** The id an acknowledgment answers (state.parentId), or null. */
export function parentOf(item: { state: unknown }): string | null {
  const s = item.state as { parentId?: unknown } | null;
  return s && typeof s.parentId === 'string' ? s.parentId : null;
}
