import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';

type Db = Kysely<Database> | Transaction<Database>;

/** Both partners' answers for one period (the service decides what may be shown). */
export async function decisionAnswers(db: Db, coupleId: string, period: string) {
  return db.selectFrom('decision_answers').select(['user_id', 'answer', 'sealed']).where('couple_id', '=', coupleId).where('period', '=', period).execute();
}

/** Saves or changes one person's answer for a period. */
export async function putDecisionAnswer(db: Db, row: Database['decision_answers']): Promise<void> {
  await db
    .insertInto('decision_answers')
    .values(row)
    .onConflict((oc) => oc.columns(['couple_id', 'user_id', 'period']).doUpdateSet({ answer: row.answer, sealed: row.sealed, answered_at: row.answered_at }))
    .execute();
}

/** Space requests in a couple that are still on. */
export async function activeSpaceInCouple(db: Db, coupleId: string, now: string) {
  return db.selectFrom('space_requests').select(['user_id', 'since', 'until']).where('couple_id', '=', coupleId).where('until', '>', now).execute();
}

/** One person's space end, if still on. */
export async function activeSpaceOf(db: Db, userId: string, now: string): Promise<string | null> {
  return (await db.selectFrom('space_requests').select('until').where('user_id', '=', userId).where('until', '>', now).executeTakeFirst())?.until ?? null;
}

/** Starts or moves one person's space. */
export async function putSpace(db: Db, row: Database['space_requests']): Promise<void> {
  await db
    .insertInto('space_requests')
    .values(row)
    .onConflict((oc) => oc.column('user_id').doUpdateSet({ couple_id: row.couple_id, until: row.until }))
    .execute();
}

/** Ends one person's space. */
export async function deleteSpace(db: Db, userId: string): Promise<void> {
  await db.deleteFrom('space_requests').where('user_id', '=', userId).execute();
}
