import {
  AGREEMENT_ANSWERS,
  AGREEMENT_KINDS,
  AGREEMENT_STATUSES,
  agreementContentSchema,
  agreementResponseContentSchema,
  proposedTermsSchema,
  TEXT_MAX,
  TITLE_MAX,
  type AgreementAnswer,
  type AgreementContent,
  type AgreementKind,
  type AgreementResponseContent,
  type AgreementStatus,
  type ProposedTerms,
} from '../../shared/agreements/content.js';

/*
 * Practice 3: where an agreement's terms changed, and the words each kind of agreement goes
 * by. What an agreement and an answer hold is src/shared/agreements/content.ts.
 */

export {
  AGREEMENT_ANSWERS,
  AGREEMENT_KINDS,
  AGREEMENT_STATUSES,
  agreementContentSchema,
  agreementResponseContentSchema,
  proposedTermsSchema,
  TEXT_MAX,
  TITLE_MAX,
  type AgreementAnswer,
  type AgreementContent,
  type AgreementKind,
  type AgreementResponseContent,
  type AgreementStatus,
  type ProposedTerms,
};

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
