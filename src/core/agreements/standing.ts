import type { AgreementContent, AgreementResponseContent, ProposedTerms } from './content.js';

/*
 * Where an agreement stands, from the proposer's latest version and the partner's answers.
 * Pure: the page passes in what it opened.
 */

/** One answer as the logic needs it: what it said and when it was written. */
export interface ResponseRecord {
  content: AgreementResponseContent;
  createdAt: string;
}

/**
 * - `waiting`: the partner hasn't answered the current terms (`acceptedBefore`: an earlier
 *   version was accepted, so this revision needs accepting again);
 * - `accepted`: the partner's latest answer accepts the current terms;
 * - `revise`: the partner's latest answer to the current terms asks for a change, perhaps
 *   with wording of their own (`terms`) for the proposer to take up;
 * - `declined`: the partner's latest answer to the current terms is no (a new version asks again);
 * - `due`: the review day has come. It is not renewed by itself: it stays due until a new
 *   version (changed, or the same with a new review day) is accepted again (`accepted`: it
 *   was accepted until then);
 * - `paused` / `retired`: as the proposer set it.
 */
export type Standing =
  | { state: 'waiting'; acceptedBefore: boolean }
  | { state: 'accepted'; acceptedVersion: number }
  | { state: 'revise'; words: string | null; terms: ProposedTerms | null }
  | { state: 'declined'; words: string | null }
  | { state: 'due'; accepted: boolean }
  | { state: 'paused'; accepted: boolean }
  | { state: 'retired' };

/** The partner's latest answer, or null when they have not answered. */
export function latestResponse(responses: readonly ResponseRecord[]): ResponseRecord | null {
  let latest: ResponseRecord | null = null;
  for (const r of responses) if (!latest || r.createdAt > latest.createdAt || (r.createdAt === latest.createdAt && r.content.version > latest.content.version)) latest = r;
  return latest;
}

/**
 * The standing of an agreement with `content`, given the partner's answers to it. With `today`
 * (the reader's 'YYYY-MM-DD'), a passed review day makes it due rather than silently renewed.
 */
export function agreementStanding(content: Pick<AgreementContent, 'status' | 'termsFrom' | 'reviewOn'>, responses: readonly ResponseRecord[], today?: string): Standing {
  if (content.status === 'retired') return { state: 'retired' };
  const latest = latestResponse(responses);
  // An answer counts for the terms it saw: any version from the last change of terms on.
  const current = latest !== null && latest.content.version >= content.termsFrom;
  const accepted = current && latest.content.answer === 'accept';
  const words = (current && latest.content.words?.trim()) || null;
  if (content.status === 'paused') return { state: 'paused', accepted };
  if (current && latest.content.answer === 'decline') return { state: 'declined', words };
  if (current && latest.content.answer === 'revise') return { state: 'revise', words, terms: latest.content.terms ?? null };
  if (today !== undefined && reviewDue(content, today)) return { state: 'due', accepted };
  if (accepted) return { state: 'accepted', acceptedVersion: latest.content.version };
  return { state: 'waiting', acceptedBefore: responses.some((r) => r.content.answer === 'accept' && r.content.version < content.termsFrom) };
}

/** True when the review day has come (today or earlier, on the reader's own calendar); never for a retired agreement. */
export function reviewDue(content: Pick<AgreementContent, 'reviewOn' | 'status'>, today: string): boolean {
  return content.status !== 'retired' && !!content.reviewOn && content.reviewOn <= today;
}

/** Review days offered when proposing: transparency is best time-limited and looked at again (30–90 days). */
export const REVIEW_PICKS = [
  { days: 30, label: 'In a month' },
  { days: 60, label: 'In two months' },
  { days: 90, label: 'In three months' },
] as const;
