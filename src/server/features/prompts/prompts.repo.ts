import type { Kysely, Selectable, Transaction } from 'kysely';
import type { Database, PromptDaysTable } from '../../db/schema.js';

type Db = Kysely<Database> | Transaction<Database>;

/** A prompt day row. */
export type PromptDayRow = Selectable<PromptDaysTable>;

/** The couple's day for a local date, locked for the transaction on PostgreSQL. */
export async function findDay(db: Db, coupleId: string, date: string, dialect: 'sqlite' | 'postgres', lock = false): Promise<PromptDayRow | undefined> {
  let q = db.selectFrom('prompt_days').selectAll().where('couple_id', '=', coupleId).where('local_date', '=', date);
  if (lock && dialect === 'postgres') q = q.forUpdate();
  return q.executeTakeFirst();
}

/** A day by id within a couple, locked on PostgreSQL: the reveal rule's one serialisation point. */
export async function findDayById(db: Db, coupleId: string, id: string, dialect: 'sqlite' | 'postgres', lock = false): Promise<PromptDayRow | undefined> {
  let q = db.selectFrom('prompt_days').selectAll().where('couple_id', '=', coupleId).where('id', '=', id);
  if (lock && dialect === 'postgres') q = q.forUpdate();
  return q.executeTakeFirst();
}

/** The couple's kept prompts before a date (for the no-repeat window). */
export async function historyBefore(db: Db, coupleId: string, date: string, sinceDate: string) {
  return db
    .selectFrom('prompt_days')
    .select(['prompt_id as promptId', 'local_date as date'])
    .where('couple_id', '=', coupleId)
    .where('local_date', '<', date)
    .where('local_date', '>=', sinceDate)
    .execute();
}

/** Inserts a day unless the partner's request made it first (the unique (couple, date) pair settles the race). */
export async function insertDay(db: Db, row: Database['prompt_days']): Promise<void> {
  await db.insertInto('prompt_days').values(row).onConflict((oc) => oc.columns(['couple_id', 'local_date']).doNothing()).execute();
}

/** Re-picks a day's prompt (skip or deck change). */
export async function updateDayPrompt(db: Db, id: string, patch: Pick<PromptDayRow, 'prompt_id' | 'deck' | 'depth' | 'notice' | 'deck_choice' | 'skipped'>): Promise<void> {
  await db.updateTable('prompt_days').set(patch).where('id', '=', id).execute();
}

/** Answers of one day. */
export const answersOf = (db: Db, dayId: string) => db.selectFrom('prompt_answers').selectAll().where('prompt_day_id', '=', dayId).execute();

/** Answers of several days. */
export async function answersOfDays(db: Db, dayIds: string[]) {
  if (dayIds.length === 0) return [];
  return db.selectFrom('prompt_answers').selectAll().where('prompt_day_id', 'in', dayIds).execute();
}

/** Records an answer with the partner's key held back. */
export async function insertAnswer(db: Db, row: Database['prompt_answers']): Promise<void> {
  await db.insertInto('prompt_answers').values(row).execute();
}

/** Clears held keys and marks the day revealed. */
export async function markRevealed(db: Db, dayId: string, at: string): Promise<void> {
  await db.updateTable('prompt_answers').set({ partner_wrapped_key: null }).where('prompt_day_id', '=', dayId).execute();
  await db.updateTable('prompt_days').set({ revealed_at: at }).where('id', '=', dayId).execute();
}

/** Marks that the answerer told the partner; false when they already did. */
export async function markNudged(db: Db, dayId: string, userId: string, at: string): Promise<boolean> {
  const res = await db
    .updateTable('prompt_answers')
    .set({ nudged_at: at })
    .where('prompt_day_id', '=', dayId)
    .where('user_id', '=', userId)
    .where('nudged_at', 'is', null)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

/** The couple's recent days, newest first. */
export const recentDays = (db: Db, coupleId: string, limit: number) =>
  db.selectFrom('prompt_days').selectAll().where('couple_id', '=', coupleId).orderBy('local_date', 'desc').limit(limit).execute();

/** Each partner's depth choice in the couple. */
export const depthsOf = (db: Db, coupleId: string) => db.selectFrom('prompt_depths').select(['user_id', 'depth']).where('couple_id', '=', coupleId).execute();

/** Sets a person's own depth choice. */
export async function putDepth(db: Db, coupleId: string, userId: string, depth: string): Promise<void> {
  await db
    .insertInto('prompt_depths')
    .values({ couple_id: coupleId, user_id: userId, depth })
    .onConflict((oc) => oc.columns(['couple_id', 'user_id']).doUpdateSet({ depth }))
    .execute();
}

/** Forgets the keys a couple's answers held for the partner (the couple ended before a reveal). */
export async function dropHeldAnswerKeys(db: Db, coupleId: string): Promise<void> {
  await db
    .updateTable('prompt_answers')
    .set({ partner_wrapped_key: null })
    .where('prompt_day_id', 'in', (eb) => eb.selectFrom('prompt_days').select('id').where('couple_id', '=', coupleId))
    .where('partner_wrapped_key', 'is not', null)
    .execute();
}
