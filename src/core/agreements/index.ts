/*
 * Practice 3, agreements: what an agreement and an answer to it hold, and where an agreement
 * stands (waiting, accepted, asked to revise, declined, due for review, paused, retired) and when
 * it is looked at again. Pure: no I/O.
 */
export {
  AGREEMENT_ANSWERS,
  AGREEMENT_KIND_WORDS,
  AGREEMENT_KINDS,
  AGREEMENT_STATUSES,
  agreementContentSchema,
  agreementResponseContentSchema,
  nextTermsFrom,
  proposedTermsSchema,
  renews,
  termsDiffer,
  TEXT_MAX,
  TITLE_MAX,
  type AgreementAnswer,
  type AgreementContent,
  type AgreementKind,
  type AgreementResponseContent,
  type AgreementStatus,
  type ProposedTerms,
} from './content.js';
export { reviewBounds, reviewProblem, TRANSPARENCY_REVIEW_MAX_DAYS, TRANSPARENCY_REVIEW_MIN_DAYS } from './review.js';
export { agreementStanding, latestResponse, reviewDue, REVIEW_PICKS, type ResponseRecord, type Standing } from './standing.js';
