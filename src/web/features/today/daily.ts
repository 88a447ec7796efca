/** The same item all day, a different one tomorrow: a calm rotation, not a streak. */
export function pickForDay<T>(items: readonly T[], date: Date, timeZone?: string): T | undefined {
  if (items.length === 0) return undefined;
  let y = date.getUTCFullYear();
  let m = date.getUTCMonth();
  let d = date.getUTCDate();
  try {
    const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(date);
    y = Number(parts.find((p) => p.type === 'year')?.value ?? y);
    m = Number(parts.find((p) => p.type === 'month')?.value ?? m + 1) - 1;
    d = Number(parts.find((p) => p.type === 'day')?.value ?? d);
  } catch {
    /* unknown zone: UTC date */
  }
  const dayNumber = Math.floor(Date.UTC(y, m, d) / 86_400_000);
  return items[((dayNumber % items.length) + items.length) % items.length];
}
