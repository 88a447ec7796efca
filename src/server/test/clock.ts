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
