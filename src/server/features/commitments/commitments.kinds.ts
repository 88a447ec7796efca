import type { KindRules, Practice } from '../items/kinds.js';
import { checkMark, scheduleReminder, type MarkKind, type ScheduledKind } from './commitments.service.js';

const scheduleRules = (kind: ScheduledKind): KindRules => ({ afterSave: (db, item, now) => scheduleReminder(db, { ...item, kind }, now) });
const markRules = (kind: MarkKind): KindRules => ({ checkState: (db, authorId, state, now) => checkMark(db, authorId, kind, state, now) });

/** The scheduled practices' server rules: a schedule queues its reminder; a mark marks an occurrence it may mark. */
export const scheduledPractice: Practice = {
  name: 'scheduled (promises and rituals)',
  kinds: { commitment: scheduleRules('commitment'), ritual: scheduleRules('ritual'), commitment_mark: markRules('commitment_mark'), ritual_log: markRules('ritual_log') },
};
