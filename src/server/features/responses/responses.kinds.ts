import type { Kysely, Transaction } from 'kysely';
import { RESPONSE_KINDS, type ResponseKind } from '../../../shared/kinds.js';
import type { Database } from '../../db/schema.js';
import { AppError } from '../../lib/errors.js';
import { visibleItems } from '../items/items.repo.js';
import { readState, type KindRules, type Practice } from '../items/kinds.js';

type Db = Kysely<Database> | Transaction<Database>;

/** An answer (acknowledgment, "what I heard", …) answers something the partner shared with its author, nothing else. */
export async function checkAnswersShared(db: Db, authorId: string, parentId: string, now: Date): Promise<void> {
  const [parent] = await visibleItems(db, authorId, { id: parentId }, now);
  if (!parent || parent.author_id === authorId) {
    throw new AppError(400, 'validation_failed', 'You can only answer something your partner shared with you.', { state: 'Unknown parent.' });
  }
}

const answers = (kind: ResponseKind): KindRules => ({
  checkState: (db, authorId, state, now) => checkAnswersShared(db, authorId, readState(kind, state)?.parentId ?? '', now),
});

/** Responses: every kind in RESPONSE_KINDS (src/shared/kinds.ts) answers only what was shared with its author. */
export const responsesPractice: Practice = {
  name: 'responses',
  kinds: Object.fromEntries(RESPONSE_KINDS.map((kind) => [kind, answers(kind)])),
};
