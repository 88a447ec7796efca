import type { Kysely } from 'kysely';

/**
 * The decision point keeps only what its rule needs (issue 14, item 6): 'yes' or 'not_yes'.
 * Which of "no" and "not sure" a person chose is sealed by their own client in `sealed`, so a
 * 'no' and a 'not sure' look the same at rest. Answers given before lose that distinction
 * (the server cannot seal for them): the person sees no answer chosen and may answer again.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are frozen in time, typed against no schema
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('decision_answers').addColumn('sealed', 'text').execute();
  await db.updateTable('decision_answers').set({ answer: 'not_yes' }).where('answer', '<>', 'yes').execute();
}
