import { z } from 'zod';

/*
 * Practice 3: what an agreement and an answer to it say, inside the encrypted content. The
 * server sees none of it; the client checks it before sending and again after opening.
 */

/** Longest agreement title, in characters. */
export const TITLE_MAX = 120;
/** Longest agreement text, and longest "what changed" or "what I'd change" words. */
export const TEXT_MAX = 2_000;

/** What an agreement is about: a boundary, a transparency commitment, or something else. */
export const AGREEMENT_KINDS = ['boundary', 'transparency', 'other'] as const;
export type AgreementKind = (typeof AGREEMENT_KINDS)[number];

/**
 * The one place a kind of agreement gets its words: `name` wherever it is shown (a card, the
 * export), `choice` and `hint` where it is chosen. A kind keeps its name from the moment it
 * is chosen ("Openness" stays "Openness"); the stored value never reaches a person.
 */
export const AGREEMENT_KIND_WORDS: Readonly<Record<AgreementKind, { name: string; choice: string; hint: string }>> = {
  boundary: { name: 'Boundary', choice: 'A boundary', hint: 'Something one of us will or won’t do, so the other can feel safer.' },
  transparency: {
    name: 'Openness',
    choice: 'Openness',
    hint: 'Something offered freely — like “I’ll tell you myself if they contact me”. Agreed for 30 to 90 days, then looked at again.',
  },
  other: { name: 'Agreement', choice: 'Something else', hint: 'Any other understanding you want written down.' },
};

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

/** Opened content checked for shape, or null (verified content is still not trusted to be well formed). */
export function asAgreement(content: unknown): AgreementContent | null {
  const r = agreementContentSchema.safeParse(content);
  return r.success ? r.data : null;
}

/** An opened answer checked for shape, or null. */
export function asAgreementResponse(content: unknown): AgreementResponseContent | null {
  const r = agreementResponseContentSchema.safeParse(content);
  return r.success ? r.data : null;
}

/**
 * True when two versions differ in their terms (what the partner is asked to accept again). A new
 * review day is not a new term: it only says when to look again.
 */
export function termsDiffer(a: Pick<AgreementContent, 'title' | 'text' | 'kind'>, b: Pick<AgreementContent, 'title' | 'text' | 'kind'>): boolean {
  return a.title.trim() !== b.title.trim() || a.text.trim() !== b.text.trim() || a.kind !== b.kind;
}

/**
 * True when a new version keeps the agreement going for longer than was accepted: a later review
 * day, or none where there was one. That is a renewal, and a renewal is never silent — the
 * partner is asked again. Looking again sooner asks nothing.
 */
export function renews(prev: Pick<AgreementContent, 'reviewOn'>, next: Pick<AgreementContent, 'reviewOn'>): boolean {
  if (!prev.reviewOn) return false;
  return !next.reviewOn || next.reviewOn > prev.reviewOn;
}

/**
 * The `termsFrom` of a new version written over `prev`: a fresh yes is asked when the terms
 * change or the agreement is renewed (see renews); a pause, a resume or an earlier review day
 * keeps the answer already given.
 */
export function nextTermsFrom(prev: { content: AgreementContent; version: number }, next: Pick<AgreementContent, 'title' | 'text' | 'kind' | 'reviewOn'>): number {
  return termsDiffer(prev.content, next) || renews(prev.content, next) ? prev.version + 1 : prev.content.termsFrom;
}
