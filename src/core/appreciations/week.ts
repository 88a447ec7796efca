import { weekKey } from '../schedules/index.js';

/** Appreciations given and received in the person's current ISO week (counts only). */
export function appreciationsThisWeek(list: readonly { mine: boolean; createdAt: string }[], now: Date, timeZone: string): { given: number; received: number } {
  const current = weekKey(now, timeZone);
  let given = 0;
  let received = 0;
  for (const a of list) {
    const at = new Date(a.createdAt);
    if (Number.isNaN(at.getTime()) || weekKey(at, timeZone) !== current) continue;
    if (a.mine) given++;
    else received++;
  }
  return { given, received };
}
