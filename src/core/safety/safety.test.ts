import { describe, expect, it } from 'vitest';
import {
  assessSafety,
  countryFor,
  resourcesFor,
  SAFETY_ANSWER_LABELS,
  SAFETY_CHECK_EVERY_DAYS,
  SAFETY_COUNTRIES,
  SAFETY_QUESTIONS,
  SAFETY_REASON_WORDS,
  SAFETY_RESOURCES,
  safetyCheckContent,
  safetyCheckDue,
  ZONE_COUNTRY,
  type SafetyAnswers,
} from './index.js';
import { parseContent } from '../../shared/kinds.js';

const allNo: SafetyAnswers = Object.fromEntries(SAFETY_QUESTIONS.map((q) => [q.id, 'no']));

describe('the safety check questions', () => {
  it('ask about injury, fear, threats, sexual coercion and control of phone, money and movement, each with a way not to answer', () => {
    expect(new Set(SAFETY_QUESTIONS.map((q) => q.topic))).toEqual(new Set(['injury', 'fear', 'threats', 'sexual_coercion', 'control']));
    expect(SAFETY_QUESTIONS.map((q) => q.id)).toEqual(expect.arrayContaining(['phone', 'money', 'movement']));
    for (const q of SAFETY_QUESTIONS) {
      expect(q.answers[0]).toBe('no');
      expect(q.answers).toContain('yes');
      expect(q.answers.at(-1)).toBe('rather_not_say');
      expect(q.text.endsWith('?')).toBe(true);
      expect(q.text).not.toMatch(/!/);
      expect(SAFETY_REASON_WORDS[q.id]).toMatch(/\.$/);
    }
    expect(SAFETY_ANSWER_LABELS.rather_not_say).toBe("I'd rather not say");
  });
});

describe('assessing the answers', () => {
  it('finds no signal when every answer is no, or nothing was answered', () => {
    expect(assessSafety(allNo)).toEqual({ level: 'none', urgent: [], reasons: [], declined: [] });
    expect(assessSafety({}).level).toBe('none');
  });
  it('calls fear, threats, coercion and control a concern, with the reasons in the order asked', () => {
    expect(assessSafety({ ...allNo, money: 'sometimes', afraid: 'yes' })).toEqual({ level: 'concern', urgent: [], reasons: ['afraid', 'money'], declined: [] });
    expect(assessSafety({ ...allNo, phone: 'yes' }).level).toBe('concern');
    expect(assessSafety({ ...allNo, sex: 'sometimes' }).level).toBe('concern');
    expect(assessSafety({ ...allNo, threats: 'sometimes' }).level).toBe('concern');
    // "Not sure" counts: people in danger often minimise.
    expect(assessSafety({ ...allNo, hurt: 'not_sure' }).level).toBe('concern');
    expect(assessSafety({ ...allNo, threat_to_kill: 'not_sure' }).level).toBe('concern');
  });
  it('calls injury, fear of serious harm now, and threats to kill urgent', () => {
    expect(assessSafety({ ...allNo, hurt: 'yes' })).toMatchObject({ level: 'urgent', urgent: ['hurt'], reasons: ['hurt'] });
    expect(assessSafety({ ...allNo, afraid_now: 'yes' }).urgent).toEqual(['afraid_now']);
    expect(assessSafety({ ...allNo, afraid_now: 'not_sure' }).level).toBe('urgent');
    expect(assessSafety({ ...allNo, threat_to_kill: 'yes', movement: 'yes' })).toMatchObject({ level: 'urgent', urgent: ['threat_to_kill'], reasons: ['threat_to_kill', 'movement'] });
  });
  it('never holds "rather not say" against anyone, but notes it', () => {
    expect(assessSafety({ ...allNo, sex: 'rather_not_say', hurt: 'rather_not_say' })).toEqual({ level: 'none', urgent: [], reasons: [], declined: ['hurt', 'sex'] });
  });
});

describe('when the check is offered', () => {
  const now = new Date('2026-12-07T10:00:00Z');
  const daysAgo = (d: number) => new Date(now.getTime() - d * 86_400_000).toISOString();
  it('offers it first to someone who has never taken or dismissed it', () => {
    expect(safetyCheckDue(now, {})).toBe('first');
  });
  it('waits four weeks after a check or a dismissal, whichever was last', () => {
    expect(SAFETY_CHECK_EVERY_DAYS).toBe(28);
    expect(safetyCheckDue(now, { lastTakenAt: daysAgo(27) })).toBeNull();
    expect(safetyCheckDue(now, { lastTakenAt: daysAgo(28) })).toBe('again');
    expect(safetyCheckDue(now, { lastDismissedAt: daysAgo(3) })).toBeNull();
    expect(safetyCheckDue(now, { lastTakenAt: daysAgo(40), lastDismissedAt: daysAgo(10) })).toBeNull();
    expect(safetyCheckDue(now, { lastTakenAt: daysAgo(10), lastDismissedAt: daysAgo(40) })).toBeNull();
    expect(safetyCheckDue(now, { lastTakenAt: daysAgo(60), lastDismissedAt: daysAgo(30) })).toBe('again');
  });
});

describe('resources by country', () => {
  it('cover at least the US, UK, Canada, Australia, Ireland, Poland, Germany, Spain and France', () => {
    expect([...SAFETY_COUNTRIES].sort()).toEqual(['AU', 'CA', 'DE', 'ES', 'FR', 'GB', 'IE', 'PL', 'US']);
  });
  it('give each an emergency number and resources that say where they come from and when they were checked', () => {
    for (const c of SAFETY_COUNTRIES) {
      const r = resourcesFor(c);
      expect(r.country).toBe(c);
      expect(r.emergency.number).toMatch(/\d/);
      expect(r.emergency.checkedAgainst.length).toBeGreaterThan(10);
      expect(r.resources.length).toBeGreaterThan(0);
      for (const x of r.resources) {
        expect(x.source).toMatch(/^https:\/\/[a-z0-9.-]+\.[a-z]+/);
        expect(x.web).toMatch(/^https:\/\//);
        expect(x.checkedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(x.checkedAgainst.length).toBeGreaterThan(10);
        expect(['own_page', 'other_pages', 'not_verified']).toContain(x.verified);
        if (x.phone) expect(x.phone.tel).toMatch(/^\+?\d+$/);
      }
    }
    expect(SAFETY_RESOURCES.US.resources[0]!.phone!.tel).toBe('+18007997233');
  });
});

describe('the country from the time zone', () => {
  it('maps every country’s main zone, and a choice overrides the guess', () => {
    expect(countryFor('America/Chicago')).toBe('US');
    expect(countryFor('Europe/London')).toBe('GB');
    expect(countryFor('America/Toronto')).toBe('CA');
    expect(countryFor('Australia/Perth')).toBe('AU');
    expect(countryFor('Europe/Dublin')).toBe('IE');
    expect(countryFor('Europe/Warsaw')).toBe('PL');
    expect(countryFor('Europe/Berlin')).toBe('DE');
    expect(countryFor('Atlantic/Canary')).toBe('ES');
    expect(countryFor('Europe/Paris')).toBe('FR');
    expect(countryFor('Europe/Paris', 'IE')).toBe('IE');
    expect(countryFor('Europe/Paris', 'XX')).toBe('FR');
  });
  it('makes no guess for a zone it does not know', () => {
    expect(countryFor('Asia/Tokyo')).toBeNull();
    expect(countryFor(undefined)).toBeNull();
    // Every zone in the table is a real IANA name the runtime accepts.
    for (const zone of ZONE_COUNTRY.keys()) expect(() => new Intl.DateTimeFormat('en', { timeZone: zone })).not.toThrow();
  });
});

describe('safety check content', () => {
  it('works the result out from the answers and reads back only well-formed content', () => {
    const c = safetyCheckContent(new Date('2026-12-07T10:00:00Z'), { ...allNo, afraid_now: 'yes' });
    expect(c).toMatchObject({ type: 'check', takenAt: '2026-12-07T10:00:00.000Z', level: 'urgent' });
    expect(parseContent('safety_check', c)).toEqual(c);
    expect(parseContent('safety_check', { type: 'dismissed', at: '2026-12-07T10:00:00Z' })).toEqual({ type: 'dismissed', at: '2026-12-07T10:00:00Z' });
    expect(parseContent('safety_check', { ...c, answers: { hurt: 'maybe' } })).toBeNull();
    expect(parseContent('safety_check', { ...c, answers: { nope: 'yes' } })).toBeNull();
    expect(parseContent('safety_check', { ...c, extra: 1 })).toBeNull();
    expect(parseContent('safety_check', { text: 'x' })).toBeNull();
  });
});
