/*
 * Practice 4, promises kept over time: what a promise and a kept / missed mark say. Plans,
 * the times to mark, the consistency view and reminders are the scheduled practices' own
 * (src/core/scheduled, shared with rituals). Pure: no I/O.
 */
export {
  asCommitment,
  asMark,
  commitmentContentSchema,
  markContentSchema,
  NOTE_MAX,
  WHAT_MAX,
  type CommitmentContent,
  type MarkContent,
} from './content.js';
