import type { KindRules, Practice } from '../items/kinds.js';
import { isAboutQuestions, questionsPaused, REPLY_KINDS, THREAD_KINDS } from './pause.js';

/** While the asker's pause lasts, a share about the questions appears but notifies nobody. */
const pausable: KindRules = {
  quietFor: async (db, item, viewerId, readerId, now) => (await isAboutQuestions(db, viewerId, item, now)) && questionsPaused(db, item.couple_id, readerId, now),
};

/** Questions and answers: the thread's kinds are quiet while the asker has paused (qa_pace holds the pause). */
export const questionsPractice: Practice = {
  name: 'questions',
  kinds: { ...Object.fromEntries([...THREAD_KINDS, ...REPLY_KINDS].map((kind) => [kind, pausable])), qa_pace: {} },
};
