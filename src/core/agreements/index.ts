/*
 * Practice 3, agreements: what an agreement and an answer to it hold, and where an agreement
 * stands (waiting, accepted, asked to revise, paused, retired; review due). Pure: no I/O.
 */
export {
  AGREEMENT_KINDS,
  AGREEMENT_STATUSES,
  agreementContentSchema,
  agreementResponseContentSchema,
  asAgreement,
  asAgreementResponse,
  termsDiffer,
  TEXT_MAX,
  TITLE_MAX,
  type AgreementContent,
  type AgreementKind,
  type AgreementResponseContent,
  type AgreementStatus,
} from './content.js';
export { agreementStanding, latestResponse, reviewDue, REVIEW_PICKS, type ResponseRecord, type Standing } from './standing.js';
