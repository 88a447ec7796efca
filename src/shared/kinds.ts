import { z } from 'zod';
import { agreementContentSchema, agreementResponseContentSchema, conversationContentSchema, prepContentSchema } from './agreements/content.js';
import { apologyContentSchema, letterContentSchema, valuesContentSchema } from './apologies/content.js';
import { appreciationContentSchema } from './appreciations/content.js';
import { commitmentContentSchema, markContentSchema } from './commitments/content.js';
import { forgivenessContentSchema, milestoneContentSchema } from './forgiveness/content.js';
import { checkinContentSchema, resultContentSchema, resultSummarySchema, trendShareSchema } from './healing/content.js';
import { dayShareContentSchema, journalEntrySchema } from './journal/content.js';
import { keyPinsContentSchema } from './keys/pins.js';
import { messageContentSchema, triggerContentSchema } from './moments/content.js';
import { noteContentSchema } from './notes/content.js';
import { answerContentSchema } from './prompts/content.js';
import { paceContentSchema, questionContentSchema, textContentSchema } from './questions/content.js';
import { reflectionContentSchema } from './reflections/content.js';
import { ackContentSchema, responseContentSchema } from './replies/content.js';
import { activityPlanContentSchema, ritualContentSchema, ritualLogContentSchema } from './rituals/content.js';
import { safetyCheckContentSchema } from './safety/content.js';
import { stanceContentSchema } from './today/content.js';
import { appreciationStateSchema, commitmentMarkStateSchema, commitmentStateSchema, noteStateSchema } from './commitments/state.js';

/**
 * Every kind of item Mend stores, with its size limit, the shape of its encrypted content
 * (the client parses every opened item with it; the server never sees it) and the plaintext
 * state the server may see. State is only what a server rule or a reader's list needs; it is
 * never content. A feature declares a new kind here, its content schema in its own
 * src/shared/<practice>/content.ts (docs/ITEMS.md).
 */
export const REFLECTION_SECTIONS = ['what_happened', 'how_it_felt', 'what_i_need', 'afraid_of', 'hope_for', 'what_led_up', 'impact_understood'] as const;
export type ReflectionSection = (typeof REFLECTION_SECTIONS)[number];

export const ITEM_KINDS = {
  /** One section of a person's reflection (practice 1); the section name orders and labels it. */
  reflection: { maxBytes: 64 * 1024, content: reflectionContentSchema, state: z.object({ section: z.enum(REFLECTION_SECTIONS) }).strict() },
  /**
   * An answer to the couple's prompt of the day (practice 5). The server holds the partner's
   * key back until both have answered, so it needs to know which day it belongs to.
   */
  prompt_answer: { maxBytes: 16 * 1024, content: answerContentSchema, state: z.object({ promptDayId: z.uuid() }).strict() },
  /** A partner's short, kind answer to a shared item; it points at what it answers. */
  acknowledgment: { maxBytes: 4 * 1024, content: ackContentSchema, state: z.object({ parentId: z.uuid() }).strict() },
  /** The hurt partner's letter about the impact on them (practice 2); no server rule needs more. */
  impact_letter: { maxBytes: 64 * 1024, content: letterContentSchema, state: z.object({}).strict() },
  /**
   * A longer written response to something the partner shared: "what I heard" after an
   * impact letter. Like an acknowledgment, it may only answer what was shared with its author.
   */
  response: { maxBytes: 64 * 1024, content: responseContentSchema, state: z.object({ parentId: z.uuid() }).strict() },
  /** An apology (practice 2); a thread over months, references kept inside the encrypted content. */
  apology: { maxBytes: 64 * 1024, content: apologyContentSchema, state: z.object({}).strict() },
  /** A private, two-minute values reflection before apologizing (Schumann 2014); never shared. */
  values_reflection: { maxBytes: 16 * 1024, content: valuesContentSchema, state: z.object({}).strict() },
  /**
   * A question the hurt partner asks (practice 1, questions and answers). The topic is part of
   * the encrypted content; answers are `response` items pointing at the question.
   */
  question: { maxBytes: 16 * 1024, content: questionContentSchema, state: z.object({}).strict() },
  /** "Something else you should know": volunteered by the answerer, unasked. */
  disclosure: { maxBytes: 64 * 1024, content: textContentSchema, state: z.object({}).strict() },
  /**
   * The asker's pacing for the questions (session length, pause word, "paused for today"), shared
   * so both see it. `pausedUntil` is plain so the server holds back notifications about questions.
   */
  qa_pace: { maxBytes: 4 * 1024, content: paceContentSchema, state: z.object({ pausedUntil: z.iso.datetime({ message: 'Use a UTC time.' }).optional() }).strict() },
  /** A private note of a trigger (what, when) — never shared. */
  trigger: { maxBytes: 16 * 1024, content: triggerContentSchema, state: z.object({}).strict() },
  /** "I'm having a hard moment": a short message to the partner, who answers with a `response`. */
  hard_moment: { maxBytes: 4 * 1024, content: messageContentSchema, state: z.object({}).strict() },
  /** A promise with a due time or a schedule (practice 4); the schedule is plaintext so reminders can fire. */
  commitment: { maxBytes: 8 * 1024, content: commitmentContentSchema, state: commitmentStateSchema },
  /** Kept or missed (encrypted) for one occurrence of the author's own commitment, with an optional note. */
  commitment_mark: { maxBytes: 4 * 1024, content: markContentSchema, state: commitmentMarkStateSchema },
  /** A specific thank-you to the partner, optionally for one of their kept occurrences. */
  appreciation: { maxBytes: 4 * 1024, content: appreciationContentSchema, state: appreciationStateSchema },
  /** A note to the partner, now or scheduled; the partner cannot see it before `deliverAt`. */
  note: { maxBytes: 8 * 1024, content: noteContentSchema, state: noteStateSchema },
  /** A journal entry (practice 5): private by default, shareable; replies are acknowledgments. */
  journal_entry: { maxBytes: 64 * 1024, content: journalEntrySchema, state: z.object({}).strict() },
  /** "Share your day": a high and a low in two lines, shown to the partner. */
  day_share: { maxBytes: 4 * 1024, content: dayShareContentSchema, state: z.object({}).strict() },
  /** A ritual with a schedule (practice 6); same plaintext as a commitment, so both partners can be reminded. */
  ritual: { maxBytes: 8 * 1024, content: ritualContentSchema, state: commitmentStateSchema },
  /** "We did it" for one occurrence of a ritual either partner can read, with an optional shared reflection. */
  ritual_log: { maxBytes: 8 * 1024, content: ritualLogContentSchema, state: commitmentMarkStateSchema },
  /** An activity picked, planned, done and reflected on (practice 6); all of it is in the encrypted content. */
  activity_plan: { maxBytes: 16 * 1024, content: activityPlanContentSchema, state: z.object({}).strict() },
  /** A private daily check-in (practice 9): trust, safety, hope, mood and a note — never shared as such. */
  checkin: { maxBytes: 4 * 1024, content: checkinContentSchema, state: z.object({}).strict() },
  /** A summary of one's own check-in trend that the person chose to show the partner. */
  trend_share: { maxBytes: 16 * 1024, content: trendShareSchema, state: z.object({}).strict() },
  /** One completed questionnaire (answers and scores, scored in the browser); never shared as such. */
  questionnaire_result: { maxBytes: 16 * 1024, content: resultContentSchema, state: z.object({}).strict() },
  /** The scores of one questionnaire (no answers), which its author chose to show the partner. */
  questionnaire_summary: { maxBytes: 4 * 1024, content: resultSummarySchema, state: z.object({}).strict() },
  /** An agreement one partner proposes (practice 3): boundaries or transparency, revised as new versions. */
  agreement: { maxBytes: 16 * 1024, content: agreementContentSchema, state: z.object({}).strict() },
  /** The partner's answer to a version of an agreement: accept, or ask to revise (with words). */
  agreement_response: { maxBytes: 8 * 1024, content: agreementResponseContentSchema, state: z.object({ parentId: z.uuid() }).strict() },
  /** A milestone one partner proposes and the other confirms (practice 10), or a chapter closed together. */
  milestone: { maxBytes: 8 * 1024, content: milestoneContentSchema, state: z.object({}).strict() },
  /** A reflection on letting go of resentment (practice 10); private unless shared. */
  forgiveness_reflection: { maxBytes: 64 * 1024, content: forgivenessContentSchema, state: z.object({}).strict() },
  /** A guided check-in conversation one partner suggests (practice 3): the topic and guide, shared. */
  conversation: { maxBytes: 8 * 1024, content: conversationContentSchema, state: z.object({}).strict() },
  /**
   * One partner's private preparation for a conversation (feelings, concerns, needs, "I"
   * statements). Sharing it is held by the server until both have shared theirs, then both
   * are released together — neither learns before whether the other has prepared.
   */
  conversation_prep: { maxBytes: 32 * 1024, content: prepContentSchema, state: z.object({ conversationId: z.uuid() }).strict() },
  /** Where a person privately stands ("I broke trust", "I was hurt", "both", "not sure"); never shared. */
  stance: { maxBytes: 1024, content: stanceContentSchema, state: z.object({}).strict() },
  /**
   * The private safety check (docs/SAFETY.md): one check's answers and result, or a "Not now"
   * to the offer. Never shared; no state, so the server learns nothing but that it exists.
   */
  safety_check: { maxBytes: 4 * 1024, content: safetyCheckContentSchema, state: z.object({}).strict() },
  /**
   * The partner public keys this person trusts (src/shared/keys/pins.ts), one item so every
   * device of theirs reads the same pins. Never shared; no state.
   */
  key_pins: { maxBytes: 8 * 1024, content: keyPinsContentSchema, state: z.object({}).strict() },
} as const;

/** Kinds that answer something the partner shared with their author (state.parentId). */
export const RESPONSE_KINDS = ['acknowledgment', 'response', 'agreement_response'] as const satisfies readonly ItemKind[];
/** A kind that answers something the partner shared. */
export type ResponseKind = (typeof RESPONSE_KINDS)[number];

/** Kinds whose sharing waits until both partners have shared theirs for the same thing (state names it). */
export const REVEAL_TOGETHER_KINDS: readonly ItemKind[] = ['conversation_prep'];

/** Kinds that stay with their author: the server refuses to share them. */
export const PRIVATE_ONLY_KINDS: readonly ItemKind[] = ['values_reflection', 'trigger', 'checkin', 'stance', 'questionnaire_result', 'safety_check', 'key_pins'];

/** A known item kind. */
export type ItemKind = keyof typeof ITEM_KINDS;

/** The kinds as a zod enum, for request validation. */
export const itemKindSchema = z.enum(Object.keys(ITEM_KINDS) as [ItemKind, ...ItemKind[]], { message: 'That kind of item is not known.' });

/** What an opened item of kind K holds, as its content schema reads it (src/shared/<practice>/content.ts). */
export type ItemContent<K extends ItemKind> = z.output<(typeof ITEM_KINDS)[K]['content']>;
/** What an item of kind K is written with (its content schema's input). */
export type ItemContentInput<K extends ItemKind> = z.input<(typeof ITEM_KINDS)[K]['content']>;
/** The plaintext state of an item of kind K, as its state schema reads it. */
export type ItemState<K extends ItemKind> = z.output<(typeof ITEM_KINDS)[K]['state']>;
/** The plaintext state an item of kind K is written with. */
export type ItemStateInput<K extends ItemKind> = z.input<(typeof ITEM_KINDS)[K]['state']>;

/**
 * ITEM_KINDS seen per kind: indexed by a kind K, each schema parses to that kind's own types,
 * so the client reads content and state typed by the kind it asked for, without a cast.
 */
export const KIND_SCHEMAS: {
  readonly [K in ItemKind]: {
    readonly content: z.ZodType<ItemContent<K>, ItemContentInput<K>>;
    readonly state: z.ZodType<ItemState<K>, ItemStateInput<K>>;
  };
} = ITEM_KINDS;

/**
 * The item an answer points at (its plaintext `parentId`: an acknowledgment, a response, a
 * mark, a log, an appreciation), or null when it points at nothing.
 */
export function parentOf(item: { state: unknown }): string | null {
  const s = item.state;
  return typeof s === 'object' && s !== null && 'parentId' in s && typeof s.parentId === 'string' ? s.parentId : null;
}

/** Answers grouped under what each answers (its `parentId`), oldest first. */
export function byParent<T extends { state: unknown; createdAt: string }>(items: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const a of [...items].sort((x, y) => x.createdAt.localeCompare(y.createdAt))) {
    const parent = parentOf(a);
    if (!parent) continue;
    const list = out.get(parent) ?? [];
    list.push(a);
    out.set(parent, list);
  }
  return out;
}

/** Content read by kind K's schema (an opened item, an import, a test), or null when it is not that kind's content. */
export function parseContent<K extends ItemKind>(kind: K, raw: unknown): ItemContent<K> | null {
  const parsed = KIND_SCHEMAS[kind].content.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

/** Plaintext state read by kind K's schema (an import), or null when it is not that kind's state. */
export function parseState<K extends ItemKind>(kind: K, raw: unknown): ItemState<K> | null {
  const parsed = KIND_SCHEMAS[kind].state.safeParse(raw);
  return parsed.success ? parsed.data : null;
}
