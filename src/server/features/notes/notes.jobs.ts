import { z } from 'zod';
import type { EventBus } from '../../events/bus.js';
import type { JobRunner } from '../../jobs/runner.js';
import { readerIds, unscopedItemForJob } from '../items/items.repo.js';
import type { NotifyContext } from '../notifications/notifications.service.js';
import { deliverOrSchedule, DELIVER_JOB, holdForSpace } from './notes.service.js';

const deliverPayload = z.object({ itemId: z.string(), deliverAt: z.string() });

/**
 * Registers delivery: at the note's time, each reader gets one notification and a live
 * "look again". A note edited to another time, unshared or deleted since is skipped here; one
 * whose reader is in a space asked for since waits until that space ends.
 */
export function registerNoteJobs(runner: JobRunner, deps: { ctx: NotifyContext; bus: () => EventBus }): void {
  runner.register(DELIVER_JOB, async (trx, job) => {
    const payload = deliverPayload.parse(job.payload);
    const item = await unscopedItemForJob(trx, payload.itemId);
    if (!item || item.visible_from !== payload.deliverAt) return;
    const readers = (await readerIds(trx, item.id)).filter((r) => r !== item.author_id);
    if (readers.length === 0) return;
    // A reader who asked for space since the note was scheduled gets it when the space ends.
    const at = await holdForSpace(trx, item, readers, job.now);
    const { delivered, notified } = await deliverOrSchedule(trx, deps.ctx, { id: item.id, visible_from: at }, readers, job.now);
    if (!delivered) return;
    return async () => {
      await deps.bus().publish({ userIds: readers, event: { type: 'items.changed', kinds: ['note'] } });
      if (notified.length) await deps.bus().publish({ userIds: notified, event: { type: 'notifications.changed' } });
    };
  });
}
