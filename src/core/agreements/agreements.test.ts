import { describe, expect, it } from 'vitest';
import { agreementStanding, asAgreement, asAgreementResponse, latestResponse, reviewDue, termsDiffer, type AgreementContent, type ResponseRecord } from './index.js';

const base: AgreementContent = { title: 'Phones', text: 'We leave phones face up at dinner.', kind: 'transparency', status: 'proposed', termsFrom: 1 };
const answer = (version: number, a: 'accept' | 'revise', at: string, words?: string): ResponseRecord => ({
  content: { version, answer: a, ...(words ? { words } : {}) },
  createdAt: at,
});

describe('agreementStanding', () => {
  it('waits for an answer at first', () => {
    expect(agreementStanding(base, [])).toEqual({ state: 'waiting', acceptedBefore: false });
  });
  it('is accepted when the latest answer accepts the current terms', () => {
    expect(agreementStanding(base, [answer(1, 'accept', '2026-01-02T00:00:00Z')])).toEqual({ state: 'accepted', acceptedVersion: 1 });
  });
  it('needs accepting again after a revision of the terms', () => {
    const revised = { ...base, termsFrom: 2 };
    expect(agreementStanding(revised, [answer(1, 'accept', '2026-01-02T00:00:00Z')])).toEqual({ state: 'waiting', acceptedBefore: true });
    expect(agreementStanding(revised, [answer(1, 'accept', '2026-01-02T00:00:00Z'), answer(2, 'accept', '2026-01-03T00:00:00Z')]).state).toBe('accepted');
  });
  it('a pause and resume (a new version, same terms) keeps the acceptance', () => {
    const resumed = { ...base, status: 'active' as const, termsFrom: 1 };
    expect(agreementStanding(resumed, [answer(1, 'accept', '2026-01-02T00:00:00Z')]).state).toBe('accepted');
    expect(agreementStanding({ ...base, status: 'paused' }, [answer(1, 'accept', '2026-01-02T00:00:00Z')])).toEqual({ state: 'paused', accepted: true });
  });
  it('shows an ask to revise, with its words, until the terms change', () => {
    const asked = [answer(1, 'accept', '2026-01-02T00:00:00Z'), answer(1, 'revise', '2026-01-04T00:00:00Z', ' Could we say weekdays only? ')];
    expect(agreementStanding(base, asked)).toEqual({ state: 'revise', words: 'Could we say weekdays only?' });
    expect(agreementStanding({ ...base, termsFrom: 2 }, asked)).toEqual({ state: 'waiting', acceptedBefore: true });
  });
  it('the latest answer wins, whatever the order they arrive in', () => {
    const list = [answer(1, 'revise', '2026-01-05T00:00:00Z'), answer(1, 'accept', '2026-01-02T00:00:00Z')];
    expect(agreementStanding(base, list)).toEqual({ state: 'revise', words: null });
    expect(latestResponse(list)?.content.answer).toBe('revise');
  });
  it('retired is retired', () => {
    expect(agreementStanding({ ...base, status: 'retired' }, [answer(1, 'accept', '2026-01-02T00:00:00Z')])).toEqual({ state: 'retired' });
  });
});

describe('reviewDue', () => {
  it('is due on and after the review day, never without one or once retired', () => {
    expect(reviewDue({ ...base, reviewOn: '2026-03-01' }, '2026-02-28')).toBe(false);
    expect(reviewDue({ ...base, reviewOn: '2026-03-01' }, '2026-03-01')).toBe(true);
    expect(reviewDue({ ...base, reviewOn: '2026-03-01' }, '2026-04-01')).toBe(true);
    expect(reviewDue(base, '2026-04-01')).toBe(false);
    expect(reviewDue({ ...base, reviewOn: '2026-03-01', status: 'retired' }, '2026-04-01')).toBe(false);
  });
});

describe('content', () => {
  it('accepts well-formed content and refuses anything else', () => {
    expect(asAgreement(base)).toEqual(base);
    expect(asAgreement({ ...base, kind: 'rule' })).toBeNull();
    expect(asAgreement({ ...base, extra: 1 })).toBeNull();
    expect(asAgreement(null)).toBeNull();
    expect(asAgreementResponse({ version: 2, answer: 'accept' })).toEqual({ version: 2, answer: 'accept' });
    expect(asAgreementResponse({ version: 0, answer: 'accept' })).toBeNull();
  });
  it('terms differ on words and kind, not on spacing or a new review day', () => {
    expect(termsDiffer(base, { ...base, text: ` ${base.text} ` })).toBe(false);
    expect(termsDiffer(base, { ...base, kind: 'boundary' })).toBe(true);
    const later: AgreementContent = { ...base, reviewOn: '2026-05-01' };
    expect(termsDiffer(base, later)).toBe(false);
  });
});
