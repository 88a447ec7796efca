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

/** The partner's answer to one version of an agreement. */
export const agreementResponseContentSchema = z
  .object({
    version: z.int().min(1),
    answer: z.enum(['accept', 'revise']),
    words: z.string().trim().max(TEXT_MAX, { error: `Keep it to ${TEXT_MAX} characters.` }).optional(),
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
