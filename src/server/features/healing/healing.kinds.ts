import { TREND_MIN_PER_WEEK } from '../../../core/healing/index.js';
import { AppError } from '../../lib/errors.js';
import { countAuthored } from '../items/items.repo.js';
import type { Practice } from '../items/kinds.js';

/**
 * Healing check-ins: the check-ins stay private (PRIVATE_ONLY_KINDS); a trend may be shared
 * once there are enough of them. The server cannot read a trend, but it can count check-ins:
 * a trend of fewer than a week's minimum would show a day's own scores (src/core/healing/summary.ts).
 */
export const healingPractice: Practice = {
  name: 'healing check-ins',
  kinds: {
    checkin: {},
    trend_share: {
      checkShare: async (db, authorId) => {
        if ((await countAuthored(db, authorId, 'checkin')) < TREND_MIN_PER_WEEK) {
          throw new AppError(409, 'forbidden', `A trend can be shared once a week has at least ${TREND_MIN_PER_WEEK} check-ins, so that no single day can be read from it.`);
        }
      },
    },
  },
};
