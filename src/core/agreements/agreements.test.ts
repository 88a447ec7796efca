import { parseContent } from '../../shared/kinds.js';
import { describe, expect, it } from 'vitest';
import {
  agreementStanding,
  latestResponse,
  nextTermsFrom,
  renews,
  reviewBounds,
  reviewDue,
  reviewProblem,
  termsDiffer,
  type AgreementContent,
  type ResponseRecord,
} from './index.js';

const base: AgreementContent = { title: 'Phones', text: 'We leave phones face up at dinner.', kind: 'transparency', status: 'proposed', termsFrom: 1 };
const answer = (version: number, a: 'accept' | 'revise' | 'decline', at: string, words?: string): ResponseRecord => ({
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
    expect(agreementStanding(base, asked)).toEqual({ state: 'revise', words: 'Could we say weekdays only?', terms: null });
    expect(agreementStanding({ ...base, termsFrom: 2 }, asked)).toEqual({ state: 'waiting', acceptedBefore: true });
  });
  it('the latest answer wins, whatever the order they arrive in', () => {
    const list = [answer(1, 'revise', '2026-01-05T00:00:00Z'), answer(1, 'accept', '2026-01-02T00:00:00Z')];
    expect(agreementStanding(base, list)).toEqual({ state: 'revise', words: null, terms: null });
    expect(latestResponse(list)?.content.answer).toBe('revise');
  });
  it('a decline shows as declined, with its words, until a new version asks again', () => {
    const no = [answer(1, 'decline', '2026-01-02T00:00:00Z', ' Not like this. ')];
    expect(agreementStanding(base, no)).toEqual({ state: 'declined', words: 'Not like this.' });
    expect(agreementStanding({ ...base, termsFrom: 2 }, no)).toEqual({ state: 'waiting', acceptedBefore: false });
    // Changing one's mind: the latest answer wins.
    expect(agreementStanding(base, [...no, answer(1, 'accept', '2026-01-03T00:00:00Z')]).state).toBe('accepted');
  });
  it('an ask to revise can carry the partner\u2019s own wording for the proposer to take up', () => {
    const terms = { title: 'Phones', text: 'Phones face up at dinner on weekdays.', kind: 'transparency' as const, reviewOn: '2026-03-01' };
    const asked: ResponseRecord[] = [{ content: { version: 1, answer: 'revise', words: 'Weekdays?', terms }, createdAt: '2026-01-02T00:00:00Z' }];
    expect(agreementStanding(base, asked)).toEqual({ state: 'revise', words: 'Weekdays?', terms });
    expect(parseContent('agreement_response', asked[0]!.content)).toEqual(asked[0]!.content);
    expect(parseContent('agreement_response', { version: 1, answer: 'revise', terms: { ...terms, kind: 'tracking' } })).toBeNull();
  });
  it('once the review day comes it is due, not silently renewed, until a new version is accepted', () => {
    const reviewed = { ...base, reviewOn: '2026-03-01' };
    const yes = [answer(1, 'accept', '2026-01-02T00:00:00Z')];
    expect(agreementStanding(reviewed, yes, '2026-02-28').state).toBe('accepted');
    expect(agreementStanding(reviewed, yes, '2026-03-01')).toEqual({ state: 'due', accepted: true });
    expect(agreementStanding(reviewed, [], '2026-04-01')).toEqual({ state: 'due', accepted: false });
    // Confirmed again: the same words with a new review day is a new version that needs a fresh yes.
    const again = { ...reviewed, reviewOn: '2026-05-01', termsFrom: nextTermsFrom({ content: reviewed, version: 1 }, { ...reviewed, reviewOn: '2026-05-01' }) };
    expect(again.termsFrom).toBe(2);
    expect(agreementStanding(again, yes, '2026-03-02')).toEqual({ state: 'waiting', acceptedBefore: true });
    expect(agreementStanding(again, [...yes, answer(2, 'accept', '2026-03-03T00:00:00Z')], '2026-03-03').state).toBe('accepted');
    // A pause stays a pause; a decline or an ask to revise is still said.
    expect(agreementStanding({ ...reviewed, status: 'paused' }, yes, '2026-04-01').state).toBe('paused');
    expect(agreementStanding(reviewed, [answer(1, 'decline', '2026-03-02T00:00:00Z')], '2026-04-01').state).toBe('declined');
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

describe('review days', () => {
  const from = '2026-01-10';
  it('transparency needs a review day 30 to 90 days after the version', () => {
    expect(reviewBounds('transparency', from)).toEqual({ required: true, min: '2026-02-09', max: '2026-04-10' });
    expect(reviewProblem('transparency', '', from)).toMatch(/30 to 90 days/);
    expect(reviewProblem('transparency', '2026-02-08', from)).toMatch(/at least 30 days/);
    expect(reviewProblem('transparency', '2026-02-09', from)).toBeNull();
    expect(reviewProblem('transparency', '2026-04-10', from)).toBeNull();
    expect(reviewProblem('transparency', '2026-04-11', from)).toMatch(/within 90 days/);
  });
  it('a boundary may have a review day after today, or none', () => {
    expect(reviewProblem('boundary', '', from)).toBeNull();
    expect(reviewProblem('boundary', '2026-01-11', from)).toBeNull();
    expect(reviewProblem('other', '2026-01-10', from)).toMatch(/after today/);
    expect(reviewProblem('boundary', 'soon', from)).not.toBeNull();
  });
  it('a later review day, or none where there was one, renews — and asks again; sooner does not', () => {
    expect(renews({ reviewOn: '2026-03-01' }, { reviewOn: '2026-04-01' })).toBe(true);
    expect(renews({ reviewOn: '2026-03-01' }, {})).toBe(true);
    expect(renews({ reviewOn: '2026-03-01' }, { reviewOn: '2026-02-01' })).toBe(false);
    expect(renews({}, { reviewOn: '2026-02-01' })).toBe(false);
    const prev = { content: { ...base, reviewOn: '2026-03-01', termsFrom: 1 }, version: 3 };
    expect(nextTermsFrom(prev, { ...prev.content, reviewOn: '2026-02-20' })).toBe(1);
    expect(nextTermsFrom(prev, { ...prev.content, text: 'Phones away at dinner.' })).toBe(4);
  });
  it('review copy is calm and never about phones or passwords', () => {
    for (const d of ['', '2026-01-01', '2026-09-01']) {
      const t = `${reviewProblem('transparency', d, from) ?? ''}`;
      expect(t).not.toContain('!');
      expect(t).not.toMatch(/password|phone/i);
    }
  });
});

describe('content', () => {
  it('accepts well-formed content and refuses anything else', () => {
    expect(parseContent('agreement', base)).toEqual(base);
    expect(parseContent('agreement', { ...base, kind: 'rule' })).toBeNull();
    expect(parseContent('agreement', { ...base, extra: 1 })).toBeNull();
    expect(parseContent('agreement', null)).toBeNull();
    expect(parseContent('agreement_response', { version: 2, answer: 'accept' })).toEqual({ version: 2, answer: 'accept' });
    expect(parseContent('agreement_response', { version: 0, answer: 'accept' })).toBeNull();
    expect(parseContent('agreement_response', { version: 1, answer: 'decline' })).toEqual({ version: 1, answer: 'decline' });
    expect(parseContent('agreement_response', { version: 1, answer: 'maybe' })).toBeNull();
  });
  it('terms differ on words and kind, not on spacing or a new review day', () => {
    expect(termsDiffer(base, { ...base, text: ` ${base.text} ` })).toBe(false);
    expect(termsDiffer(base, { ...base, kind: 'boundary' })).toBe(true);
    const later: AgreementContent = { ...base, reviewOn: '2026-05-01' };
    expect(termsDiffer(base, later)).toBe(false);
  });
});
