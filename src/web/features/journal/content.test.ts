import { parseContent } from '../../../shared/kinds.js';
import { describe, expect, it } from 'vitest';
import {
  asDayDraft,
  asEntryDraft,
  checkDay,
  checkEntry,
  DAY_LINE_MAX,
  DRAFT_KEYS,
  editedEntryId,
  ENTRY_MAX,
  entryDiffers,
  strandedEdits,
  TITLE_MAX,
} from './content.js';

const TODAY = '2026-11-25';

describe('checkEntry', () => {
  it('keeps the words, trims the ends, and leaves out an empty title', () => {
    expect(checkEntry({ title: '  ', text: '  A slow Sunday.\n', writtenOn: TODAY }, TODAY)).toEqual({ ok: true, content: { text: 'A slow Sunday.', writtenOn: TODAY } });
    expect(checkEntry({ title: ' Walk ', text: 'By the river.', writtenOn: '2026-11-20' }, TODAY)).toEqual({
      ok: true,
      content: { title: 'Walk', text: 'By the river.', writtenOn: '2026-11-20' },
    });
  });

  it('asks for words, a day that has come, and titles and entries within their limits', () => {
    expect(checkEntry({ title: '', text: '   ', writtenOn: TODAY }, TODAY)).toEqual({ ok: false, errors: { text: 'Write a few words first.' } });
    expect(checkEntry({ title: '', text: 'Hi', writtenOn: '2026-11-26' }, TODAY)).toEqual({ ok: false, errors: { writtenOn: 'Please choose today or an earlier day.' } });
    expect(checkEntry({ title: '', text: 'Hi', writtenOn: '' }, TODAY)).toMatchObject({ ok: false, errors: { writtenOn: 'Please choose a day.' } });
    expect(checkEntry({ title: '', text: 'Hi', writtenOn: '2026-02-30' }, TODAY)).toMatchObject({ ok: false, errors: { writtenOn: expect.any(String) } });
    expect(checkEntry({ title: 'x'.repeat(TITLE_MAX + 1), text: 'Hi', writtenOn: TODAY }, TODAY)).toEqual({ ok: false, errors: { title: 'A title can be up to 120 characters.' } });
    expect(checkEntry({ title: '', text: 'x'.repeat(ENTRY_MAX + 1), writtenOn: TODAY }, TODAY)).toEqual({ ok: false, errors: { text: 'An entry can be up to 20,000 characters.' } });
  });
});

describe('checkDay', () => {
  it('takes a high, a low, or both, on the sharer’s day', () => {
    expect(checkDay({ high: ' Lunch with Sam ', low: '' }, TODAY)).toEqual({ ok: true, content: { high: 'Lunch with Sam', low: '', day: TODAY } });
    expect(checkDay({ high: '', low: 'Tired', }, TODAY)).toEqual({ ok: true, content: { high: '', low: 'Tired', day: TODAY } });
  });

  it('asks for at least one line, each short', () => {
    expect(checkDay({ high: ' ', low: '' }, TODAY)).toEqual({ ok: false, errors: { high: 'Write a high, a low, or both.' } });
    expect(checkDay({ high: 'ok', low: 'x'.repeat(DAY_LINE_MAX + 1) }, TODAY)).toEqual({ ok: false, errors: { low: 'Keep it to 280 characters.' } });
  });
});

describe('reading content and drafts', () => {
  it('opens only well-formed content', () => {
    expect(parseContent('journal_entry', { text: 'Hi', writtenOn: TODAY })).toEqual({ text: 'Hi', writtenOn: TODAY });
    expect(parseContent('journal_entry', { text: 'Hi', writtenOn: TODAY, extra: 1 })).toBeNull();
    expect(parseContent('journal_entry', { text: 'Hi' })).toBeNull();
    expect(parseContent('journal_entry', null)).toBeNull();
    expect(parseContent('day_share', { high: 'Sun', low: '', day: TODAY })).toEqual({ high: 'Sun', low: '', day: TODAY });
    expect(parseContent('day_share', { high: '', low: ' ', day: TODAY })).toBeNull();
    expect(parseContent('day_share', { high: 'x'.repeat(300), low: '', day: TODAY })).toBeNull();
  });

  it('restores drafts with sane defaults', () => {
    expect(asEntryDraft({ text: 'Hi', title: 'T', writtenOn: TODAY })).toEqual({ title: 'T', text: 'Hi', writtenOn: TODAY });
    expect(asEntryDraft({ text: 'Hi', writtenOn: 'soon' })).toEqual({ title: '', text: 'Hi', writtenOn: '' });
    expect(asEntryDraft('Hi')).toBeNull();
    expect(asDayDraft({ high: 'a', low: 'b' })).toEqual({ high: 'a', low: 'b' });
    expect(asDayDraft({ high: 'a' })).toBeNull();
  });

  it('knows when the editor differs from what is saved', () => {
    const saved = { title: 'Walk', text: 'By the river.', writtenOn: TODAY };
    expect(entryDiffers({ title: 'Walk ', text: 'By the river.', writtenOn: TODAY }, saved)).toBe(false);
    expect(entryDiffers({ title: 'Walk', text: 'By the sea.', writtenOn: TODAY }, saved)).toBe(true);
    expect(entryDiffers({ title: 'Walk', text: 'By the river.', writtenOn: '2026-11-24' }, saved)).toBe(true);
    expect(entryDiffers({ title: '', text: ' ', writtenOn: TODAY }, null)).toBe(false);
  });
});

describe('draft keys', () => {
  it('names the entry an edit belongs to', () => {
    expect(editedEntryId(DRAFT_KEYS.edit('abc'))).toBe('abc');
    expect(editedEntryId(DRAFT_KEYS.new)).toBeNull();
    expect(editedEntryId(DRAFT_KEYS.day)).toBeNull();
  });

  it('carries the words of edits whose entry is gone, never the ones still open', () => {
    const drafts = new Map<string, unknown>([
      [DRAFT_KEYS.edit('gone'), { title: 'Old', text: 'Words that would be lost', writtenOn: '2026-11-20' }],
      [DRAFT_KEYS.edit('here'), { title: '', text: 'Still editing', writtenOn: TODAY }],
      [DRAFT_KEYS.new, { title: '', text: 'New', writtenOn: TODAY }],
    ]);
    expect(strandedEdits(drafts, (id) => id === 'here')).toEqual({
      draft: { title: 'Old', text: 'Words that would be lost', writtenOn: '2026-11-20' },
      fromKeys: [DRAFT_KEYS.edit('gone')],
    });
    expect(strandedEdits(drafts, () => true)).toBeNull();
  });
});
