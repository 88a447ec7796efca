import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';

type Db = Kysely<Database> | Transaction<Database>;

const THREAD_KINDS = ['question', 'disclosure'];

async function parentOf(db: Db, id: string | undefined): Promise<{ kind: string; state: string | null } | undefined> {
  if (!id) return undefined;
  return db.selectFrom('items').select(['kind', 'state']).where('id', '=', id).executeTakeFirst();
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
 * about the questions; what they share still appears when they look.
 */
export async function questionsPaused(db: Db, coupleId: string | null, now: Date): Promise<boolean> {
  if (!coupleId) return false;
  const paces = await db.selectFrom('items').select('state').where('couple_id', '=', coupleId).where('kind', '=', 'qa_pace').execute();
  const t = now.toISOString();
  return paces.some((p) => {
    const until = (JSON.parse(p.state ?? '{}') as { pausedUntil?: string }).pausedUntil;
    return until !== undefined && new Date(until).toISOString() > t;
  });
}
