import { vi } from 'vitest';

/** The zone test people live in (people.ts signs them up there). */
export const TEST_ZONE = 'Europe/Warsaw';

/** The wall date and time in the test zone `ms` from now: for schedules and quiet hours around the real clock. */
export function wallClock(ms: number, timeZone = TEST_ZONE): { date: string; time: string; at: string } {
  const d = new Date(Date.now() + ms);
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(d)
      .map((p) => [p.type, p.value]),
  );
  const date = `${parts.year}-${parts.month}-${parts.day}`;
  const time = `${parts.hour}:${parts.minute}`;
  return { date, time, at: `${date}T${time}` };
}

/**
 * Moves the machine's `Date` (only it: timers and I/O stay real, and it keeps running) to
 * `byMs` past `at`, so a test need not sleep until then. For tests of code that still reads
 * `new Date()` instead of the app's clock (the test app's default clock reads that same
 * `Date`); once it all takes `app.clock`, a ManualClock passed to createTestApp replaces this.
 * Undo it with `vi.useRealTimers()` after the test.
 */
export function jumpPast(at: Date | string, byMs = 50): void {
  if (!vi.isFakeTimers()) vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true });
  const target = new Date(at).getTime() + byMs;
  if (target > Date.now()) vi.setSystemTime(target);
}
