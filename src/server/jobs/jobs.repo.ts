import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/schema.js';

type Db = Kysely<Database> | Transaction<Database>;

/** Deletes jobs that finished at or before `before` (retention). */
export async function purgeDoneJobs(db: Db, before: string): Promise<void> {
  await db.deleteFrom('jobs').where('done_at', '<=', before).execute();
}
