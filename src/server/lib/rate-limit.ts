import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { AppError } from './errors.js';

/** A limit: at most `limit` hits per `windowMs`. */
export interface Limit {
  limit: number;
  windowMs: number;
}

/** Limits by purpose; keys add who (IP, account, device). See docs/ARCHITECTURE.md. */
export const LIMITS_BY_PURPOSE = {
  keyParamsIp: { limit: 60, windowMs: 15 * 60_000 },
  signinIp: { limit: 30, windowMs: 15 * 60_000 },
  /** Failures for one account from one known device: that device's own allowance. */
  signinKnownDevice: { limit: 10, windowMs: 15 * 60_000 },
  /** Tries for one account from unknown devices on one network (IPv4 /24, IPv6 /56). */
  signinUnknownNetwork: { limit: 10, windowMs: 15 * 60_000 },
  /** Tries for one account from all unknown devices together, before the slow-down. */
  signinUnknownDevices: { limit: 10, windowMs: 15 * 60_000 },
  /**
   * Past that, the slow-down: one try per minute for the account, only from a network that
   * has made few tries itself (`SIGNIN_SLOWED_TRIES_PER_NETWORK`).
   */
  signinSlowed: { limit: 1, windowMs: 60_000 },
  signupIp: { limit: 10, windowMs: 60 * 60_000 },
  recoveryIp: { limit: 10, windowMs: 60 * 60_000 },
  recoveryAccount: { limit: 5, windowMs: 60 * 60_000 },
  reauthAccount: { limit: 10, windowMs: 15 * 60_000 },
  inviteCreateUser: { limit: 10, windowMs: 24 * 60 * 60_000 },
  inviteUseIp: { limit: 30, windowMs: 60 * 60_000 },
  /** Calendar apps poll a feed a few times an hour; guessing links is what this stops. */
  calendarFeedIp: { limit: 120, windowMs: 60 * 60_000 },
} satisfies Record<string, Limit>;

/** How many of its own tries a network may make in the slow-down (within signinUnknownNetwork's window). */
export const SIGNIN_SLOWED_TRIES_PER_NETWORK = 3;

/** What a check found. */
export interface RateState {
  allowed: boolean;
  /** Hits in the current window, this one included. */
  count: number;
  /** Seconds until the window starts again. */
  resetInSec: number;
  retryAfterSec: number;
}

/** Counts one hit (atomically, across processes) and says whether it is within the limit. */
export async function hit(db: Kysely<Database>, key: string, limit: Limit, now: Date): Promise<RateState> {
  const t = now.toISOString();
  const reset = new Date(now.getTime() + limit.windowMs).toISOString();
  const row = await db
    .insertInto('rate_limits')
    .values({ key, count: 1, reset_at: reset })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({
        // Both expressions read the old row, in PostgreSQL and SQLite alike.
        count: sql<number>`CASE WHEN rate_limits.reset_at <= ${t} THEN 1 ELSE rate_limits.count + 1 END`,
        reset_at: sql<string>`CASE WHEN rate_limits.reset_at <= ${t} THEN ${reset} ELSE rate_limits.reset_at END`,
      }),
    )
    .returning(['count', 'reset_at'])
    .executeTakeFirstOrThrow();
  return state(Number(row.count), row.reset_at, limit, now);
}

/** Forgets a bucket (after a successful sign-in, its failures no longer matter). */
export async function clear(db: Kysely<Database>, key: string): Promise<void> {
  await db.deleteFrom('rate_limits').where('key', '=', key).execute();
}

function state(count: number, resetAt: string, limit: Limit, now: Date): RateState {
  const allowed = count <= limit.limit;
  const resetInSec = Math.max(1, Math.ceil((Date.parse(resetAt) - now.getTime()) / 1000));
  return { allowed, count, resetInSec, retryAfterSec: allowed ? 0 : resetInSec };
}

/** Throws a 429 with Retry-After when a state is over its limit. */
export function enforce(s: RateState, message = 'Too many attempts for now. Please wait a little and try again.'): void {
  if (s.allowed) return;
  const minutes = Math.ceil(s.retryAfterSec / 60);
  throw new AppError(429, 'rate_limited', `${message} (about ${minutes} minute${minutes === 1 ? '' : 's'})`, undefined, {
    'Retry-After': String(s.retryAfterSec),
  });
}

/** Gives back one hit (a try that turned out right should not count against a shared allowance). */
export async function refund(db: Kysely<Database>, key: string): Promise<void> {
  await db.updateTable('rate_limits').set((eb) => ({ count: eb('count', '-', 1) })).where('key', '=', key).where('count', '>', 0).execute();
}

/** Removes expired buckets (retention). */
export async function purgeExpiredLimits(db: Kysely<Database>, now: Date): Promise<number> {
  const res = await db.deleteFrom('rate_limits').where('reset_at', '<=', now.toISOString()).executeTakeFirst();
  return Number(res.numDeletedRows);
}
