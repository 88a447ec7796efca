import { describe, expect, it } from 'vitest';
import { asStance, describeUntil, MAX_STEPS, nextSteps, pickDate, spaceDateBounds, spaceUntil, STANCES, type TodayFacts } from './index.js';

const nothing: TodayFacts = {
  hasPartner: true,
  wroteReflection: false,
  wroteApology: false,
  madePromise: false,
  checkedInToday: false,
  hasAgreement: false,
  questionsFromPartner: false,
};
const ids = (s: ReturnType<typeof nextSteps>) => s.map((x) => x.id);

describe('nextSteps', () => {
  it('for "I broke trust": answering questions first, then an apology and a promise', () => {
    expect(ids(nextSteps('broke_trust', { ...nothing, questionsFromPartner: true }))).toEqual(['answer', 'apology', 'promise']);
    expect(ids(nextSteps('broke_trust', nothing))).toEqual(['apology', 'promise', 'reflect-led']);
  });
  it('moves on from what is done', () => {
    const done = { ...nothing, wroteApology: true, madePromise: true, wroteReflection: true };
    expect(ids(nextSteps('broke_trust', done))).toEqual(['apology-more', 'promise-mark', 'note']);
  });
  it('for "I was hurt": reflection, a check-in, questions — never forgiveness first', () => {
    const steps = nextSteps('was_hurt', nothing);
    expect(ids(steps)).toEqual(['reflect', 'checkin', 'questions']);
    const later = nextSteps('was_hurt', { ...nothing, wroteReflection: true, checkedInToday: true, hasAgreement: true });
    expect(ids(later)).toEqual(['questions', 'note', 'forgiveness']);
    expect(later[2]?.text).toMatch(/^When you feel ready/);
  });
  it('"both" and "not sure" mix steps that fit anyone', () => {
    expect(ids(nextSteps('both', nothing))).toEqual(['reflect', 'apology', 'checkin']);
    expect(ids(nextSteps('not_sure', nothing))).toEqual(['checkin', 'reflect', 'conversation']);
    expect(ids(nextSteps(null, nothing))).toEqual(['checkin', 'reflect', 'conversation']);
  });
  it('alone: inviting the partner comes first, and nothing needs a partner', () => {
    const alone = nextSteps('was_hurt', { ...nothing, hasPartner: false });
    expect(alone[0]?.id).toBe('invite');
    expect(ids(alone)).not.toContain('questions');
  });
  it('is always a few steps, each with a place and words without exclamation marks', () => {
    for (const s of [...STANCES, null]) {
      for (const facts of [nothing, { ...nothing, wroteApology: true, madePromise: true, wroteReflection: true, checkedInToday: true, hasAgreement: true }]) {
        const steps = nextSteps(s, facts);
        expect(steps.length).toBeGreaterThan(0);
        expect(steps.length).toBeLessThanOrEqual(MAX_STEPS);
        for (const step of steps) {
          expect(step.href).toMatch(/^\//);
          expect(`${step.text} ${step.why}`).not.toContain('!');
          expect(step.text).not.toMatch(/forgive (him|her|them|your)/i);
        }
      }
    }
  });
});

describe('asStance', () => {
  it('reads only the four stances', () => {
    expect(asStance({ stance: 'was_hurt' })).toEqual({ stance: 'was_hurt' });
    expect(asStance({ stance: 'victim' })).toBeNull();
    expect(asStance('both')).toBeNull();
  });
});

describe('space until', () => {
  const now = new Date('2026-03-27T10:00:00Z'); // a Friday; Warsaw changes clocks on Sunday 29 March
  const tz = 'Europe/Warsaw';
  it('ends a minute before midnight on the chosen day, on the asker\u2019s clock', () => {
    expect(spaceUntil('2026-03-28', now, tz)?.toISOString()).toBe('2026-03-28T22:59:00.000Z');
    // After the clocks change, midnight is at 22:00 UTC.
    expect(spaceUntil('2026-03-30', now, tz)?.toISOString()).toBe('2026-03-30T21:59:00.000Z');
  });
  it('stays within two weeks and refuses today or the past', () => {
    const { min, max } = spaceDateBounds(now, tz);
    expect(min).toBe('2026-03-28');
    expect(max).toBe('2026-04-09');
    expect(spaceUntil(max, now, tz)!.getTime() - now.getTime()).toBeLessThanOrEqual(14 * 86_400_000);
    expect(spaceUntil('2026-03-27', now, tz)).toBeNull();
    expect(spaceUntil('2026-04-10', now, tz)).toBeNull();
    expect(spaceUntil('soon', now, tz)).toBeNull();
  });
  it('quick picks count days from today', () => {
    expect(pickDate(1, now, tz)).toBe('2026-03-28');
    expect(pickDate(7, now, tz)).toBe('2026-04-03');
  });
  it('says until when kindly: tomorrow, a weekday, or a date further on', () => {
    expect(describeUntil('2026-03-28T22:59:00Z', now, tz)).toBe('tomorrow');
    expect(describeUntil('2026-03-30T21:59:00Z', now, tz)).toBe('Monday');
    expect(describeUntil('2026-04-06T21:59:00Z', now, tz)).toBe('Monday 6 April');
  });
});
