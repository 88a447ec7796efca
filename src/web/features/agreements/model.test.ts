import { parseContent } from '../../../shared/kinds.js';
import { describe, expect, it } from 'vitest';
import { AGREEMENT_KIND_WORDS, AGREEMENT_KINDS, type AgreementContent } from '../../../core/agreements/index.js';
import { answerContent, asAnswerDraft, GUIDED_TOPICS, heldFor, KIND_LABELS, longDate, PREP_PARTS, prepStage, responseRecords, stateRef } from './model.js';

describe('agreements page model', () => {
  it('my preparation: a draft until shared, then held until both shared, then shown', () => {
    expect(prepStage(null, 'ben')).toBe('draft');
    // Made but its share never went through: still to share.
    expect(prepStage({}, 'ben')).toBe('draft');
    expect(prepStage({ sharedWith: [] }, 'ben')).toBe('draft');
    expect(prepStage({ sharedWith: [], heldFor: ['ben'] }, 'ben')).toBe('held');
    expect(prepStage({ sharedWith: ['ben'] }, 'ben')).toBe('shown');
  });
  it('reads heldFor when the view carries it', () => {
    expect(heldFor({ heldFor: ['ben'] })).toEqual(['ben']);
    expect(heldFor({})).toEqual([]);
  });
  it('reads content defensively', () => {
    expect(parseContent('conversation', { topic: 'Phones', guide: ' ' })).toEqual({ topic: 'Phones' });
    expect(parseContent('conversation', { topic: '' })).toBeNull();
    expect(parseContent('conversation_prep', { feelings: 'tired', needs: 3 })).toEqual({ feelings: 'tired', concerns: '', needs: '', iStatements: '' });
    expect(parseContent('conversation_prep', { feelings: ' ' })).toBeNull();
    expect(stateRef({ state: { conversationId: 'c1' } }, 'conversationId')).toBe('c1');
    expect(stateRef({ state: null }, 'parentId')).toBeNull();
  });
  it('answers that cannot be read are left out of the standing', () => {
    const ok = { verified: true, content: { version: 1, answer: 'accept' }, createdAt: 't1' };
    const bad = { verified: false, content: { version: 1, answer: 'accept' }, createdAt: 't2' };
    const odd = { verified: true, content: { version: 1, answer: 'maybe' }, createdAt: 't3' };
    expect(responseRecords([ok, bad, odd] as never)).toEqual([{ content: { version: 1, answer: 'accept' }, createdAt: 't1' }]);
  });
  it('copy is calm: no exclamation marks', () => {
    for (const t of GUIDED_TOPICS) expect(`${t.topic} ${t.guide ?? ''}`).not.toContain('!');
    for (const p of PREP_PARTS) expect(`${p.label} ${p.hint}`).not.toContain('!');
    expect(longDate('2026-03-14', 'en-GB')).toBe('Sat, 14 Mar 2026');
    expect(longDate('2026-03-14', 'en-US')).toBe('Sat, Mar 14, 2026');
  });
  it('an answer carries words, and new wording only with an ask to revise that changes something', () => {
    const c: AgreementContent = { title: 'Late', text: 'I message if I am late.', kind: 'boundary', status: 'proposed', termsFrom: 1 };
    const d = { mode: 'revise' as const, words: ' 20 minutes? ', wording: true, title: 'Late', text: 'I message if I am 20 minutes late.' };
    expect(answerContent('revise', 2, d, c)).toEqual({ version: 2, answer: 'revise', words: '20 minutes?', terms: { title: 'Late', text: 'I message if I am 20 minutes late.', kind: 'boundary' } });
    expect(answerContent('revise', 2, { ...d, text: c.text }, c)).toEqual({ version: 2, answer: 'revise', words: '20 minutes?' });
    expect(answerContent('decline', 2, d, c)).toEqual({ version: 2, answer: 'decline', words: '20 minutes?' });
    expect(answerContent('accept', 2, d, c)).toEqual({ version: 2, answer: 'accept' });
    // Older drafts held only words; an empty one is nothing to restore.
    expect(asAnswerDraft({ words: 'weekdays?' }, c)).toEqual({ mode: 'revise', words: 'weekdays?', wording: false, title: 'Late', text: c.text });
    expect(asAnswerDraft({ words: ' ', mode: 'decline' }, c)).toBeNull();
  });
});

describe('the names of kinds of agreement', () => {
  it('shows each kind by the name it was chosen by', () => {
    expect(KIND_LABELS.transparency).toBe('Openness');
    for (const kind of AGREEMENT_KINDS) {
      expect(KIND_LABELS[kind]).toBe(AGREEMENT_KIND_WORDS[kind].name);
      // The choice reads as the name does ("A boundary" → "Boundary"), never as another word.
      if (kind !== 'other') expect(AGREEMENT_KIND_WORDS[kind].choice.replace(/^A /, '').toLowerCase()).toBe(KIND_LABELS[kind].toLowerCase());
    }
  });
});
