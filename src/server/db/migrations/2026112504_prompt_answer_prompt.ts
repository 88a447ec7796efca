import type { Kysely } from 'kysely';

/**
 * Which prompt each answer was written for. A partner who has not answered may still skip
 * the day's prompt (refusing would tell them the other had answered); an earlier answer
 * then stays with the prompt it answered.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are frozen in time, typed against no schema
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('prompt_answers').addColumn('prompt_id', 'text').execute();
}
