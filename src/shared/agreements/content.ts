import { z } from 'zod';
import { clipped, clippedWords, optionalWords } from '../items/text.js';

/*
 * Practice 3: what an agreement, an answer to it, a guided conversation and a preparation for
 * one hold inside their encrypted content. The server sees none of it; the client checks it
 * before sending and again after opening.
 */

/** Longest agreement title, in characters. */
export const TITLE_MAX = 120;
/** Longest agreement text, and longest "what changed" or "what I'd change" words. */
export const TEXT_MAX = 2_000;

/** What an agreement is about: a boundary, a transparency commitment, or something else. */
export const AGREEMENT_KINDS = ['boundary', 'transparency', 'other'] as const;
export type AgreementKind = (typeof AGREEMENT_KINDS)[number];

/**
 * What the proposer says about where it stands. "In force" is never written here: it follows
 * from the partner accepting the current terms (see agreementStanding).
 */
export const AGREEMENT_STATUSES = ['proposed', 'active', 'paused', 'retired'] as const;
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];

const dateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Choose a day for looking at this again.' });

/** The encrypted content of an agreement. */
export const agreementContentSchema = z
  .object({
    title: z.string().trim().min(1, { error: 'Give the agreement a short name.' }).max(TITLE_MAX, { error: `Keep the name to ${TITLE_MAX} characters.` }),
    text: z.string().trim().min(1, { error: 'Write what you are both agreeing to.' }).max(TEXT_MAX, { error: `Keep it to ${TEXT_MAX} characters.` }),
    kind: z.enum(AGREEMENT_KINDS, { error: 'Choose what kind of agreement this is.' }),
    reviewOn: dateSchema.optional(),
    status: z.enum(AGREEMENT_STATUSES),
    /**
     * The item version at which the terms (title, text, kind) last changed. A pause, a resume
     * or a new review day is a new version too, but asks nobody to accept again.
     */
    termsFrom: z.int().min(1),
    /** The proposer's words on what changed in this revision, for the partner. */
    changeNote: z.string().trim().max(TEXT_MAX).optional(),
  })
  .strict();
export type AgreementContent = z.infer<typeof agreementContentSchema>;

/**
 * New wording the partner suggests with an ask to revise. Only the proposer can change their
 * agreement, so these terms wait for them to take up as a new version (which is asked again).
 */
export const proposedTermsSchema = z
  .object({
    title: agreementContentSchema.shape.title,
    text: agreementContentSchema.shape.text,
    kind: agreementContentSchema.shape.kind,
    reviewOn: dateSchema.optional(),
  })
  .strict();
export type ProposedTerms = z.infer<typeof proposedTermsSchema>;

/** The partner's three answers: accept, ask to change (perhaps with new wording), or decline. */
export const AGREEMENT_ANSWERS = ['accept', 'revise', 'decline'] as const;
export type AgreementAnswer = (typeof AGREEMENT_ANSWERS)[number];

/** The partner's answer to one version of an agreement. */
export const agreementResponseContentSchema = z
  .object({
    version: z.int().min(1),
    answer: z.enum(AGREEMENT_ANSWERS),
    words: z.string().trim().max(TEXT_MAX, { error: `Keep it to ${TEXT_MAX} characters.` }).optional(),
    /** With `revise` only: the wording the partner would accept instead. */
    terms: proposedTermsSchema.optional(),
  })
  .strict();
export type AgreementResponseContent = z.infer<typeof agreementResponseContentSchema>;

/** Longest conversation topic, and longest part of a preparation. */
export const TOPIC_MAX = 200;
export const PREP_MAX = 2_000;

/** A `conversation` item's content: the topic, and maybe a guide. */
export const conversationContentSchema = z.object({ topic: clippedWords(TOPIC_MAX), guide: optionalWords(PREP_MAX) });
/** A guided conversation one partner suggests. */
export type ConversationContent = z.output<typeof conversationContentSchema>;

const prepPart = clipped(PREP_MAX).default('').catch('');

/** A `conversation_prep` item's content: feelings, concerns, needs and "I" statements, some of them written. */
export const prepContentSchema = z
  .object({ feelings: prepPart, concerns: prepPart, needs: prepPart, iStatements: prepPart })
  .refine((p) => Object.values(p).some((v) => v.trim() !== ''), { message: 'Write a few words first.' });
/** One partner's private preparation. */
export type PrepContent = z.output<typeof prepContentSchema>;
