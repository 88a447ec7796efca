import { parseContent } from '../../../shared/kinds.js';
import type { OpenItem } from '../../../shared/client/index.js';
import { formatDate } from '../../lib/format.js';
import type { ConversationContent, PrepContent } from '../../../shared/agreements/content.js';

export { PREP_MAX, TOPIC_MAX, type ConversationContent, type PrepContent } from '../../../shared/agreements/content.js';
import {
  AGREEMENT_KIND_WORDS,
  AGREEMENT_KINDS,
  termsDiffer,
  TEXT_MAX,
  TITLE_MAX,
  type AgreementAnswer,
  type AgreementContent,
  type AgreementKind,
  type AgreementResponseContent,
  type ResponseRecord,
} from '../../../core/agreements/index.js';

/*
 * Practice 3 in the browser: the shapes a conversation and a preparation hold (inside the
 * encrypted content), draft keys, guided topics, and the small pure helpers the page sorts
 * and labels with. Agreements themselves live in src/core/agreements.
 */

export const DRAFT_PREFIX = 'agreements:';
export const DRAFT_KEYS = {
  propose: 'agreements:new',
  revise: (id: string) => `agreements:revise:${id}`,
  answer: (id: string) => `agreements:answer:${id}`,
  conversation: 'agreements:conversation:new',
  prep: (conversationId: string) => `agreements:prep:${conversationId}`,
} as const;




export const EMPTY_PREP: PrepContent = { feelings: '', concerns: '', needs: '', iStatements: '' };

/** The parts of a preparation, each with a one-line "why this helps". */
export const PREP_PARTS: readonly { key: keyof PrepContent; label: string; hint: string }[] = [
  { key: 'feelings', label: 'What I feel about this', hint: 'Naming a feeling — hurt, afraid, tired, hopeful — helps it be heard rather than argued with.' },
  { key: 'concerns', label: 'What worries me', hint: 'Saying the worry plainly keeps it from coming out sideways.' },
  { key: 'needs', label: 'What I need', hint: 'A need can be met; a complaint mostly can’t. One or two is plenty.' },
  {
    key: 'iStatements',
    label: 'What I’d like to say, starting with “I”',
    hint: '“I feel … when … because … What would help me is …” Speaking from your side makes it easier to listen.',
  },
];

/** Topics offered to start from, in Mend's words; the person can always write their own. */
export const GUIDED_TOPICS: readonly ConversationContent[] = [
  { topic: 'What helps me feel safe right now', guide: 'One or two things that help, and one that makes it harder.' },
  { topic: 'How we talk when one of us is triggered', guide: 'What each of us needs in the first few minutes, and how to come back to it.' },
  { topic: 'Phones, privacy and openness', guide: 'What openness would feel fair to both of us — offered, never demanded.' },
  { topic: 'Time with friends, work and others', guide: 'What feels reassuring, and what would be too much to ask.' },
  { topic: 'What we each need this week', guide: 'Small, specific things — a walk, a call, some quiet.' },
];



/** True when a preparation has some words to share. */
export function prepHasWords(p: PrepContent): boolean {
  return Object.values(p).some((v) => v.trim() !== '');
}

/** The id an item points at in its plaintext state (`parentId` or `conversationId`), or null. */
export function stateRef(item: { state: unknown }, field: 'parentId' | 'conversationId'): string | null {
  const s = item.state as Record<string, unknown> | null;
  return s && typeof s[field] === 'string' ? (s[field] as string) : null;
}

/** True when the item is shared with this reader (author's view). */
export function sharedWithId(item: Pick<OpenItem, 'sharedWith'>, id: string | null): boolean {
  return id !== null && (item.sharedWith ?? []).includes(id);
}

/** The readers the server is holding a shared preparation for (author's view), if the view carries it. */
export function heldFor(item: object): string[] {
  const h = (item as { heldFor?: unknown }).heldFor;
  return Array.isArray(h) ? h.filter((x): x is string => typeof x === 'string') : [];
}

/**
 * Where my preparation stands: only words in a draft (or made, but its share did not go
 * through — sharing again finishes it); shared and held by the server until the partner
 * shares theirs (`heldFor`); or shown to both.
 */
export type PrepStage = 'draft' | 'held' | 'shown';

/** The stage of my preparation for one conversation. */
export function prepStage(mine: Pick<OpenItem, 'sharedWith' | 'heldFor'> | null, partnerId: string | null): PrepStage {
  if (!mine) return 'draft';
  if (sharedWithId(mine, partnerId)) return 'shown';
  return partnerId !== null && heldFor(mine).includes(partnerId) ? 'held' : 'draft';
}

/** The partner's answers to one agreement, as the standing logic reads them (unreadable ones are left out). */
export function responseRecords(responses: readonly OpenItem[]): ResponseRecord[] {
  return responses.flatMap((r) => {
    const content = r.verified ? parseContent('agreement_response', r.content) : null;
    return content ? [{ content, createdAt: r.createdAt }] : [];
  });
}

/** Newest first by creation. */
export function newestFirst<T extends { createdAt: string }>(list: readonly T[]): T[] {
  return [...list].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/** "transparency" → "Openness" etc., as a card and the export read it (AGREEMENT_KIND_WORDS is the one source). */
export const KIND_LABELS: Readonly<Record<AgreementKind, string>> = Object.fromEntries(AGREEMENT_KINDS.map((k) => [k, AGREEMENT_KIND_WORDS[k].name])) as Record<AgreementKind, string>;

/** A 'YYYY-MM-DD' day in the app's one date style ("Sat, 14 Mar 2026"). */
export function longDate(date: string, locale?: string): string {
  return formatDate(date, undefined, locale);
}

/** What the partner is writing: an ask to revise (perhaps with new wording) or a decline, kept as a draft. */
export interface AnswerDraft {
  mode: 'revise' | 'decline';
  words: string;
  /** True when they are suggesting new wording too. */
  wording: boolean;
  title: string;
  text: string;
}

/** True when an answer draft holds anything worth keeping. */
export const answerHasWords = (d: AnswerDraft) => d.words.trim() !== '' || d.wording;

/** A restored answer draft checked for shape (older drafts held only `words`). */
export function asAnswerDraft(body: unknown, content: Pick<AgreementContent, 'title' | 'text'>): AnswerDraft | null {
  if (!body || typeof body !== 'object') return null;
  const b = body as Record<string, unknown>;
  const str = (k: string, fallback: string, max: number) => (typeof b[k] === 'string' ? (b[k] as string).slice(0, max) : fallback);
  const d: AnswerDraft = {
    mode: b.mode === 'decline' ? 'decline' : 'revise',
    words: str('words', '', TEXT_MAX),
    wording: b.wording === true,
    title: str('title', content.title, TITLE_MAX),
    text: str('text', content.text, TEXT_MAX),
  };
  return answerHasWords(d) ? d : null;
}

/** The answer content for a draft: words, and for an ask to revise, new terms only when they differ. */
export function answerContent(answer: AgreementAnswer, version: number, d: AnswerDraft, content: AgreementContent): AgreementResponseContent {
  const words = answer === 'accept' ? '' : d.words.trim();
  const terms = { title: d.title.trim(), text: d.text.trim(), kind: content.kind };
  const suggest = answer === 'revise' && d.wording && termsDiffer(content, terms);
  return { version, answer, ...(words ? { words } : {}), ...(suggest ? { terms } : {}) };
}
