import { parseContent } from '../../shared/kinds.js';
import { describe, expect, it } from 'vitest';
import type { Schedule } from '../schedules/index.js';
import {
  apologyAnswerWaiting,
  decisionAsked,
  decisionNextSteps,
  describeUntil,
  MAX_STEPS,
  nextSteps,
  pickDate,
  pickUntil,
  promiseDueToday,
  questionWaiting,
  SPACE_PICKS,
  spaceDateBounds,
  spaceUntil,
  STANCES,
  type TodayFacts,
} from './index.js';

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

describe('nextSteps from every practice', () => {
  const done: TodayFacts = { ...nothing, wroteApology: true, madePromise: true, wroteReflection: true, checkedInToday: true, hasAgreement: true };
  it('a promise due today and an answer to my apology come early for the one who apologized', () => {
    expect(ids(nextSteps('broke_trust', { ...done, apologyAnswered: true, promiseDueToday: true }))).toEqual(['apology-answered', 'promise-due', 'apology-more']);
    expect(ids(nextSteps('both', { ...done, apologyAnswered: true }))[0]).toBe('apology-answered');
  });
  it('a prompt waiting is offered, gently, and only with a partner', () => {
    expect(ids(nextSteps('was_hurt', { ...nothing, wroteReflection: true, promptWaiting: true }))).toEqual(['checkin', 'prompt', 'questions']);
    expect(ids(nextSteps(null, { ...done, promptWaiting: true }))[0]).toBe('prompt');
    expect(ids(nextSteps(null, { ...done, hasPartner: false, promptWaiting: true }))).not.toContain('prompt');
  });
  it('never presses the hurt partner: their apology answers come after their own steps, and nothing asks them to respond', () => {
    const steps = nextSteps('was_hurt', { ...nothing, apologyAnswered: true, promptWaiting: true, promiseDueToday: true });
    expect(ids(steps)).toEqual(['reflect', 'checkin', 'prompt']);
    for (const facts of [nothing, done, { ...done, promptWaiting: true, apologyAnswered: true }]) {
      for (const step of nextSteps('was_hurt', facts)) expect(`${step.text} ${step.why}`).not.toMatch(/forgive (him|her|them|your)|respond to|reply to|you owe|must/i);
    }
  });
  it('works alone: only what one person can do, and inviting first', () => {
    const alone = { ...nothing, hasPartner: false, promiseDueToday: true, promptWaiting: true };
    for (const s of [...STANCES, null]) {
      const got = ids(nextSteps(s, alone));
      expect(got[0]).toBe('invite');
      for (const id of ['prompt', 'questions', 'note', 'ritual', 'conversation', 'agreement']) expect(got).not.toContain(id);
    }
  });
});

describe('facts for Today', () => {
  const tz = 'Europe/Warsaw';
  const fridays: Schedule = { type: 'weekly', time: '19:00', timeZone: tz, startDate: '2026-02-02', weekdays: ['FR'] };
  it('a promise is due today once its time has come, until it is marked', () => {
    const friday = new Date('2026-03-27T19:00:00Z'); // 20:00 in Warsaw
    const p = { status: 'active' as const, segments: [fridays], marked: [] };
    expect(promiseDueToday([p], friday, tz)).toBe(true);
    expect(promiseDueToday([p], new Date('2026-03-27T10:00:00Z'), tz)).toBe(false); // later today
    expect(promiseDueToday([p], new Date('2026-03-28T10:00:00Z'), tz)).toBe(false); // yesterday's is not today's
    expect(promiseDueToday([{ ...p, marked: ['2026-03-27'] }], friday, tz)).toBe(false);
    expect(promiseDueToday([{ ...p, status: 'paused' }], friday, tz)).toBe(false);
  });
  it('an answer to my apology waits for me when it came after my latest apology', () => {
    const mine = [{ id: 'a1', createdAt: '2026-01-01T00:00:00Z' }];
    expect(apologyAnswerWaiting(mine, [{ parentId: 'a1', createdAt: '2026-01-02T00:00:00Z' }])).toBe(true);
    expect(apologyAnswerWaiting(mine, [{ parentId: 'other', createdAt: '2026-01-02T00:00:00Z' }])).toBe(false);
    expect(apologyAnswerWaiting([...mine, { id: 'a2', createdAt: '2026-01-03T00:00:00Z' }], [{ parentId: 'a1', createdAt: '2026-01-02T00:00:00Z' }])).toBe(false);
    expect(apologyAnswerWaiting([], [])).toBe(false);
  });
  it('a question from the partner waits only until I answered it and shared the answer', () => {
    const asked = [{ id: 'q1' }, { id: 'q2' }];
    const shared = (parentId: string) => ({ parentId, sharedWith: ['p'] });
    expect(questionWaiting(asked, [], 'p')).toBe(true);
    expect(questionWaiting(asked, [shared('q1')], 'p')).toBe(true);
    expect(questionWaiting(asked, [shared('q1'), shared('q2')], 'p')).toBe(false);
    // An answer kept private (the share did not go through) is not an answer yet.
    expect(questionWaiting([{ id: 'q1' }], [{ parentId: 'q1', sharedWith: [] }], 'p')).toBe(true);
    expect(questionWaiting([{ id: 'q1' }], [{ parentId: 'q1' }], 'p')).toBe(true);
    expect(questionWaiting([], [], 'p')).toBe(false);
  });
});

describe('when the monthly question is first asked', () => {
  it('not in the first week after pairing; from the second week on', () => {
    const paired = '2026-12-01T10:00:00Z';
    expect(decisionAsked(paired, new Date('2026-12-01T10:05:00Z'))).toBe(false);
    expect(decisionAsked(paired, new Date('2026-12-08T09:59:00Z'))).toBe(false);
    expect(decisionAsked(paired, new Date('2026-12-08T10:00:00Z'))).toBe(true);
    expect(decisionAsked(paired, new Date('2027-02-01T10:00:00Z'))).toBe(true);
    expect(decisionAsked('not a time', new Date('2027-02-01T10:00:00Z'))).toBe(false);
  });
});

describe('after the decision', () => {
  it('each answer has private, gentle next steps; "no" offers a respectful path to parting', () => {
    expect(decisionNextSteps('yes').steps.map((s) => s.href)).toContain('/practices');
    const unsure = decisionNextSteps('not_sure');
    expect(unsure.steps.map((s) => s.href)).toEqual(expect.arrayContaining(['/practices/therapist', '/practices/agreements', '/practices/healing']));
    const no = decisionNextSteps('no');
    expect(no.lead).toContain('not a failure');
    expect(no.steps.map((s) => s.href)).toEqual(expect.arrayContaining(['/safety', '/couple']));
    expect(no.steps.find((s) => s.href === '/couple')?.why).toMatch(/keep everything you wrote/);
  });
  it('is calm and says nothing about the partner\u2019s answer', () => {
    for (const a of ['yes', 'not_sure', 'no'] as const) {
      const n = decisionNextSteps(a);
      const all = [n.lead, n.closing, ...n.steps.flatMap((s) => [s.text, s.why])].join(' ');
      expect(all).not.toContain('!');
      expect(all).not.toMatch(/partner (said|answered|chose)|both said/i);
      expect(n.steps.length).toBeGreaterThan(0);
    }
  });
});

describe('asStance', () => {
  it('reads only the four stances', () => {
    expect(parseContent('stance', { stance: 'was_hurt' })).toEqual({ stance: 'was_hurt' });
    expect(parseContent('stance', { stance: 'victim' })).toBeNull();
    expect(parseContent('stance', 'both')).toBeNull();
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
  it('quick picks also offer hours and the next morning, all within two weeks', () => {
    const pick = (id: string) => SPACE_PICKS.find((p) => p.id === id)!;
    expect(pickUntil(pick('h2'), now, tz).toISOString()).toBe('2026-03-27T12:00:00.000Z');
    expect(pickUntil(pick('h4'), now, tz).toISOString()).toBe('2026-03-27T14:00:00.000Z');
    expect(pickUntil(pick('morning'), now, tz).toISOString()).toBe('2026-03-28T07:00:00.000Z');
    expect(pickUntil(pick('tomorrow'), now, tz).toISOString()).toBe('2026-03-28T22:59:00.000Z');
    for (const p of SPACE_PICKS) {
      const ms = pickUntil(p, now, tz).getTime() - now.getTime();
      expect(ms).toBeGreaterThan(0);
      expect(ms).toBeLessThanOrEqual(14 * 86_400_000);
      expect(p.label).not.toContain('!');
    }
  });
  it('says until when kindly: tomorrow, a weekday, or a date further on', () => {
    expect(describeUntil('2026-03-28T22:59:00Z', now, tz, 'en-GB')).toBe('tomorrow');
    expect(describeUntil('2026-03-30T21:59:00Z', now, tz, 'en-GB')).toBe('Monday');
    expect(describeUntil('2026-04-06T21:59:00Z', now, tz, 'en-GB')).toBe('Mon, 6 Apr 2026');
    expect(describeUntil('2026-03-27T12:00:00Z', now, tz, 'en-GB')).toBe('13:00 today');
    expect(describeUntil('2026-03-28T07:00:00Z', now, tz, 'en-GB')).toBe('08:00 tomorrow morning');
    // The same moments in a 12-hour locale, in its own date style.
    expect(describeUntil('2026-03-28T07:00:00Z', now, tz, 'en-US')).toBe('8:00 AM tomorrow morning');
    expect(describeUntil('2026-04-06T21:59:00Z', now, tz, 'en-US')).toBe('Mon, Apr 6, 2026');
  });
});
