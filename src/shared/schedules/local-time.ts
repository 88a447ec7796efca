import { IANAZone } from 'luxon';

export * from './wall-clock.js';

/*
 * Wall-clock arithmetic for one IANA zone. Everything here works on plain numbers:
 * a "wall" value is the local date and time written as if it were UTC milliseconds
 * (the "floating" representation rrule also uses), and an instant is real UTC milliseconds.
 * Offsets come from luxon's IANAZone (Intl underneath), so the browser and the server agree.
 */

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

/** The zone object for an IANA name; throws a RangeError naming the zone when Intl does not know it. */
export function zoneOf(timeZone: string): IANAZone {
  const zone = IANAZone.create(timeZone);
  if (!zone.isValid) throw new RangeError(`Unknown time zone: ${timeZone}`);
  return zone;
}

/** The zone's offset from UTC, in milliseconds, at an instant. */
function offsetMs(zone: IANAZone, instant: number): number {
  return zone.offset(instant) * MINUTE_MS;
}

/** What a clock in the zone reads at a UTC instant, as wall milliseconds. */
export function instantToWall(instant: number, timeZone: string): number {
  return instant + offsetMs(zoneOf(timeZone), instant);
}

/**
 * Every UTC instant at which the zone's clock reads the wall time, earliest first:
 * one normally, two in the repeated hour of a fall-back night, none in a spring-forward gap.
 */
export function wallToInstants(wall: number, timeZone: string): number[] {
  const zone = zoneOf(timeZone);
  // Offsets a day either side cover any single transition; tzdb has no two within 48 hours.
  const offsets = new Set([offsetMs(zone, wall - DAY_MS), offsetMs(zone, wall), offsetMs(zone, wall + DAY_MS)]);
  const instants = new Set<number>();
  for (const off of offsets) {
    const instant = wall - off;
    if (offsetMs(zone, instant) === off) instants.add(instant);
  }
  return [...instants].sort((a, b) => a - b);
}

/**
 * The UTC instant of a wall time, resolved as RFC 5545 §3.3.5 resolves DTSTART;TZID
 * (so our occurrences match any calendar that reads our RRULE): an ambiguous time takes its
 * first instance (the earlier, daylight-time one); a time inside a spring-forward gap is read
 * with the offset in force before the gap, which moves it forward by the gap's length
 * (02:30 on a one-hour gap becomes 03:30).
 */
export function wallToInstant(wall: number, timeZone: string): number {
  const instants = wallToInstants(wall, timeZone);
  const first = instants[0];
  if (first !== undefined) return first;
  const zone = zoneOf(timeZone);
  return wall - offsetMs(zone, wall - DAY_MS);
}

/**
 * The first UTC instant at or after `notBefore` when the zone's clock reads the wall time or
 * later. Unlike {@link wallToInstant} this is for boundaries ("quiet until 07:00"): in a
 * spring-forward gap the boundary has passed the moment the clocks jump, and in a repeated
 * hour the instance that has not passed yet is the one that counts.
 */
export function firstInstantAtOrAfterWall(wall: number, timeZone: string, notBefore: number): number {
  const zone = zoneOf(timeZone);
  const later = wallToInstants(wall, timeZone).find((t) => t >= notBefore);
  if (later !== undefined) return later;
  const before = offsetMs(zone, wall - DAY_MS);
  const after = offsetMs(zone, wall + DAY_MS);
  if (before === after) return Math.max(wall - before, notBefore);
  // In a gap: the jump happens between these two instants; find it to the minute.
  let lo = wall - after; // still on the old offset
  let hi = wall - before; // already on the new offset
  while (hi - lo > MINUTE_MS) {
    const mid = lo + Math.max(1, Math.floor((hi - lo) / 2 / MINUTE_MS)) * MINUTE_MS;
    if (offsetMs(zone, mid) === before) lo = mid;
    else hi = mid;
  }
  return Math.max(hi, notBefore);
}
