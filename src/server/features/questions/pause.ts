import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';
import { itemForRules, visibleItems } from '../items/items.repo.js';

type Db = Kysely<Database> | Transaction<Database>;

const THREAD_KINDS = ['question', 'disclosure'];

async function parentOf(db: Db, id: string | undefined): Promise<{ kind: string; state: string | null } | undefined> {
  return id ? itemForRules(db, id) : undefined;
}

const parentIdOf = (state: string | null): string | undefined => (JSON.parse(state ?? '{}') as { parentId?: string }).parentId;

/** Whether an item belongs to the questions-and-answers thread: a question, a volunteered truth, or an answer or reply to one. */
export async function isAboutQuestions(db: Db, item: { kind: string; state: string | null }): Promise<boolean> {
  if (THREAD_KINDS.includes(item.kind)) return true;
  if (item.kind !== 'response' && item.kind !== 'acknowledgment') return false;
  const parent = await parentOf(db, parentIdOf(item.state));
  if (!parent) return false;
  if (THREAD_KINDS.includes(parent.kind)) return true;
  // A reply to an answer.
  return parent.kind === 'response' && THREAD_KINDS.includes((await parentOf(db, parentIdOf(parent.state)))?.kind ?? '');
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
    const until = (JSON.parse(state ?? '{}') as { pausedUntil?: string }).pausedUntil;
    return until !== undefined && new Date(until).toISOString() > t;
  });
}
