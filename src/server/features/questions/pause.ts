import type { Kysely, Transaction } from 'kysely';
import type { ItemKind } from '../../../shared/kinds.js';
import type { Database } from '../../db/schema.js';
import { visibleItems } from '../items/items.repo.js';
import { readState } from '../items/kinds.js';

type Db = Kysely<Database> | Transaction<Database>;

/** The kinds that open a thread: a question, or a volunteered truth. */
export const THREAD_KINDS: readonly ItemKind[] = ['question', 'disclosure'];
/** The kinds that answer or reply within a thread (state.parentId). */
export const REPLY_KINDS = ['response', 'acknowledgment'] as const;
type ReplyKind = (typeof REPLY_KINDS)[number];

const isThread = (kind: string | undefined): boolean => THREAD_KINDS.some((k) => k === kind);
const isReply = (kind: string): kind is ReplyKind => REPLY_KINDS.some((k) => k === kind);

/** The item a reply answers, as the viewer reads it (the readers rule), or undefined. */
async function parentOf(db: Db, viewerId: string, item: { kind: string; state: string | null }, now: Date): Promise<{ kind: string; state: string | null } | undefined> {
  const parentId = isReply(item.kind) ? readState(item.kind, item.state)?.parentId : undefined;
  return parentId ? (await visibleItems(db, viewerId, { id: parentId }, now))[0] : undefined;
}

/**
 * Whether an item belongs to the questions-and-answers thread: a question, a volunteered truth,
 * or an answer or reply to one, as the viewer (the person sharing it) reads the thread.
 */
export async function isAboutQuestions(db: Db, viewerId: string, item: { kind: string; state: string | null }, now: Date): Promise<boolean> {
  if (isThread(item.kind)) return true;
  if (!isReply(item.kind)) return false;
  const parent = await parentOf(db, viewerId, item, now);
  if (!parent) return false;
  if (isThread(parent.kind)) return true;
  // A reply to an answer.
  return parent.kind === 'response' && isThread((await parentOf(db, viewerId, parent, now))?.kind);
}

/**
 * "Pause for today" (practice 1): while the asker's pause lasts, neither partner is notified
 * about the questions; what they share still appears when they look. Only a pace the person
 * being notified can read counts, so a pause kept private never tells the partner it exists.
 */
export async function questionsPaused(db: Db, coupleId: string | null, readerId: string, now: Date): Promise<boolean> {
  if (!coupleId) return false;
  const paces = (await visibleItems(db, readerId, { kind: 'qa_pace' }, now)).filter((p) => p.couple_id === coupleId);
  const t = now.toISOString();
  return paces.some(({ state }) => {
    const until = readState('qa_pace', state)?.pausedUntil;
    return until !== undefined && new Date(until).toISOString() > t;
  });
}
