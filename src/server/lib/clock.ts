/**
 * The one source of "now" on the server. Routes, services, jobs and repository defaults take
 * the time from the app's clock, so tests move time forward instead of sleeping.
 */
export interface Clock {
  /** The current time. */
  now(): Date;
}

/** The machine's clock, used in production. */
export const systemClock: Clock = { now: () => new Date() };

/** A clock a test sets and advances by hand; it never moves by itself. */
export class ManualClock implements Clock {
  private ms: number;

  constructor(start: Date | string = new Date()) {
    this.ms = new Date(start).getTime();
  }

  /** The clock's current time (a fresh Date each call). */
  now(): Date {
    return new Date(this.ms);
  }

  /** Moves the clock forward by `ms` milliseconds. */
  advance(ms: number): void {
    this.ms += ms;
  }

  /** Sets the clock to `at`. */
  set(at: Date | string): void {
    this.ms = new Date(at).getTime();
  }
}
