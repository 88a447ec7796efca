import type { OpenItem } from '../../../shared/client/index.js';
import { parentOf } from '../../../shared/kinds.js';

export {
  MILESTONE_NOTE_MAX,
  MILESTONE_TITLE_MAX,
  REFLECTION_MAX,
  type ForgivenessContent,
  type MilestoneContent,
  type MilestoneType,
} from '../../../shared/forgiveness/content.js';

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



/** The prompt a reflection answers, or null for one this version doesn't know. */
export function promptOf(id: string): ReflectionPrompt | null {
  return REFLECTION_PROMPTS.find((p) => p.id === id) ?? null;
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

