import { readState, type Practice } from '../items/kinds.js';
import { checkAnswersShared } from '../responses/responses.kinds.js';

/** Appreciations: one for a partner's kept occurrence thanks for something the partner shared (its mark). */
export const appreciationsPractice: Practice = {
  name: 'appreciations',
  kinds: {
    appreciation: {
      checkState: async (db, authorId, state, now) => {
        const parentId = readState('appreciation', state)?.parentId;
        if (parentId) await checkAnswersShared(db, authorId, parentId, now);
      },
    },
  },
};
