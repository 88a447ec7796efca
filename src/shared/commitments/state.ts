import { z } from 'zod';
// The schedule modules themselves, not the barrel: the barrel brings rrule and luxon into the
// browser's first load (bench/import-graph.test.ts).
import { localDateSchema, MAX_REMINDER_MINUTES, scheduleSchema } from '../schedules/schema.js';

/*
 * The plaintext a commitment, a mark, an appreciation and a note carry beside their
 * encrypted words. It is only what a server rule needs: the schedule (for reminders), the
 * occurrence a mark belongs to, and when a note may be delivered. See docs/COMMITMENTS.md.
 */

/** Most schedule segments one commitment keeps (each edit or pause adds one). */
export const MAX_SEGMENTS = 24;

/** Where a commitment stands: paused and ended ones send no reminders. */
export const COMMITMENT_STATUSES = ['active', 'paused', 'ended'] as const;
export type CommitmentStatus = (typeof COMMITMENT_STATUSES)[number];

/**
 * A commitment's schedule history: segments in order, each starting after the one before
 * ended (edits apply to future occurrences only, so past ones keep their old segment).
 */
export const commitmentStateSchema = z
  .object({
    segments: z
      .array(scheduleSchema)
      .min(1, { message: 'A commitment needs a due time or a schedule.' })
      .max(MAX_SEGMENTS, { message: `A commitment keeps at most ${MAX_SEGMENTS} schedule changes; start a new one instead.` }),
    status: z.enum(COMMITMENT_STATUSES, { message: 'Status is active, paused or ended.' }),
    /** Minutes before each occurrence to remind the committer; null for no reminder. */
    remindMinutesBefore: z
      .int({ message: 'Choose how many minutes before to remind you.' })
      .min(0)
      .max(MAX_REMINDER_MINUTES, { message: 'A reminder can be at most a week before.' })
      .nullable(),
  })
  .strict();
export type CommitmentState = z.infer<typeof commitmentStateSchema>;

/** A kept / missed mark for one occurrence (its local date); the status itself is encrypted. */
export const commitmentMarkStateSchema = z.object({ parentId: z.uuid(), occurrence: localDateSchema }).strict();
export type CommitmentMarkState = z.infer<typeof commitmentMarkStateSchema>;

/** An appreciation, optionally for a partner's kept occurrence (the mark's id). */
export const appreciationStateSchema = z.object({ parentId: z.uuid().optional() }).strict();

/** Longest a note may wait before delivery. */
export const NOTE_MAX_DELAY_DAYS = 366;

/** A note: `deliverAt` (UTC) for a scheduled note, null to deliver on sharing. */
export const noteStateSchema = z
  .object({
    deliverAt: z.iso.datetime({ message: 'Use a UTC time like 2026-12-01T06:30:00Z for delivery.' }).nullable(),
  })
  .strict();
export type NoteState = z.infer<typeof noteStateSchema>;
