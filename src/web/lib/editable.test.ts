import { describe, expect, it } from 'vitest';
import { editableReducer, initialEditable, isDirty, keepsDraft, phaseOf, type EditableEvent, type EditableKind, type EditableState } from './editable.js';

type Words = { text: string };
const kind: EditableKind<Words> = {
  empty: { text: '' },
  same: (a, b) => (b ? a.text === b.text : a.text.trim() === ''),
};
const run = (s: EditableState<Words, string>, ...events: EditableEvent<Words, string>[]) => events.reduce((acc, e) => editableReducer(kind, acc, e), s);
const fresh = () => initialEditable<Words, string>(kind, null, null);
const savedAt = (version: number, text: string, shared = false) => initialEditable<Words, string>(kind, { version, content: { text }, shared }, null);

describe('editable item: start', () => {
  it('starts new and empty with nothing saved', () => {
    const s = fresh();
    expect(s.value).toEqual({ text: '' });
    expect(phaseOf(kind, s)).toBe('new');
    expect(s.shown).toBe('none');
  });

  it('starts from the saved words, saved or shared', () => {
    expect(phaseOf(kind, savedAt(3, 'hello'))).toBe('saved');
    expect(phaseOf(kind, savedAt(3, 'hello', true))).toBe('shared');
    expect(savedAt(3, 'hello').shown).toBe('saved');
  });

  it('restores a draft that says something else, on the version it was written on', () => {
    const s = initialEditable<Words, string>(kind, { version: 4, content: { text: 'saved' }, shared: false }, { value: { text: 'mine' }, baseVersion: 3 });
    expect(s.value.text).toBe('mine');
    expect(s.baseVersion).toBe(3);
    expect(s.shown).toBe('restored');
    expect(phaseOf(kind, s)).toBe('draft');
  });

  it('ignores a draft that says the same as the saved words', () => {
    const s = initialEditable<Words, string>(kind, { version: 4, content: { text: 'same' }, shared: false }, { value: { text: 'same' }, baseVersion: 2 });
    expect(s.shown).toBe('saved');
    expect(s.baseVersion).toBe(4);
  });
});

describe('editable item: editing and the draft line', () => {
  it('an edit makes a draft; going back to the saved words makes it saved again', () => {
    const s1 = run(savedAt(1, 'a'), { type: 'edit', value: { text: 'ab' } });
    expect(phaseOf(kind, s1)).toBe('draft');
    expect(keepsDraft(kind, s1)).toBe(true);
    const s2 = run(s1, { type: 'draftWrite', status: 'synced' });
    expect(s2.shown).toBe('draft');
    const s3 = run(s2, { type: 'edit', value: { text: 'a' } });
    expect(phaseOf(kind, s3)).toBe('saved');
    expect(s3.shown).toBe('saved');
    expect(keepsDraft(kind, s3)).toBe(false);
  });

  it('says where a draft write ended up, and ignores news once nothing is unsaved', () => {
    const dirty = run(fresh(), { type: 'edit', value: { text: 'x' } });
    expect(run(dirty, { type: 'draftWrite', status: 'local' }).shown).toBe('local');
    expect(run(dirty, { type: 'draftWrite', status: 'failed' }).shown).toBe('failed');
    expect(run(dirty, { type: 'draftWrite', status: 'discarded' }).shown).toBe(dirty.shown);
    const clean = run(dirty, { type: 'edit', value: { text: '' } });
    expect(run(clean, { type: 'draftWrite', status: 'synced' }).shown).toBe('none');
  });
});

describe('editable item: saving', () => {
  it('save ok: saved on the new version', () => {
    const s = run(fresh(), { type: 'edit', value: { text: 'x' } }, { type: 'saveStart' });
    expect(s.busy).toBe('save');
    const done = run(s, { type: 'saveOk', version: 1, content: { text: 'x' }, shared: false });
    expect(done.busy).toBeNull();
    expect(done.baseVersion).toBe(1);
    expect(done.shown).toBe('saved');
    expect(phaseOf(kind, done)).toBe('saved');
  });

  it('words typed while saving stay a draft on top of the new version', () => {
    const s = run(fresh(), { type: 'edit', value: { text: 'x' } }, { type: 'saveStart' }, { type: 'edit', value: { text: 'xy' } });
    const done = run(s, { type: 'saveOk', version: 1, content: { text: 'x' }, shared: false });
    expect(done.baseVersion).toBe(1);
    expect(isDirty(kind, done)).toBe(true);
    expect(done.shown).not.toBe('saved');
  });

  it('save failed: the words stay, with the reason', () => {
    const s = run(fresh(), { type: 'edit', value: { text: 'x' } }, { type: 'saveStart' }, { type: 'saveFailed', error: 'Offline' });
    expect(s.busy).toBeNull();
    expect(s.error).toBe('Offline');
    expect(s.value.text).toBe('x');
    expect(run(s, { type: 'edit', value: { text: 'xy' } }).error).toBeNull();
  });

  it('save conflict: both versions are kept until the person chooses', () => {
    const s = run(savedAt(1, 'a'), { type: 'edit', value: { text: 'mine' } }, { type: 'saveStart' });
    const c = run(s, { type: 'saveConflict', version: 2, item: 'item@2', content: { text: 'theirs' }, shared: false });
    expect(phaseOf(kind, c)).toBe('conflict');
    expect(c.conflict).toEqual({ item: 'item@2', version: 2, content: { text: 'theirs' } });
    expect(c.value.text).toBe('mine');
    expect(keepsDraft(kind, c)).toBe(true);
  });

  it('a conflict with the same words is no conflict', () => {
    const s = run(savedAt(1, 'a'), { type: 'edit', value: { text: 'same' } });
    const c = run(s, { type: 'saveConflict', version: 2, item: 'item@2', content: { text: 'same' }, shared: false });
    expect(c.conflict).toBeNull();
    expect(c.baseVersion).toBe(2);
    expect(c.shown).toBe('saved');
  });

  it('resolve keep-mine: saving over the other version ends the conflict', () => {
    const c = run(savedAt(1, 'a'), { type: 'edit', value: { text: 'mine' } }, { type: 'saveConflict', version: 2, item: 'i', content: { text: 'theirs' }, shared: false });
    const done = run(c, { type: 'saveStart' }, { type: 'saveOk', version: 3, content: { text: 'mine' }, shared: false });
    expect(done.conflict).toBeNull();
    expect(done.baseVersion).toBe(3);
    expect(phaseOf(kind, done)).toBe('saved');
  });

  it('resolve keep-theirs: the editor takes the other version and builds on it', () => {
    const c = run(savedAt(1, 'a'), { type: 'edit', value: { text: 'mine' } }, { type: 'saveConflict', version: 2, item: 'i', content: { text: 'theirs' }, shared: false });
    const done = run(c, { type: 'keepTheirs' });
    expect(done.value.text).toBe('theirs');
    expect(done.baseVersion).toBe(2);
    expect(done.conflict).toBeNull();
    expect(done.shown).toBe('saved');
    expect(run(savedAt(1, 'a'), { type: 'keepTheirs' })).toEqual(savedAt(1, 'a'));
  });
});

describe('editable item: a newer version from elsewhere', () => {
  it('is followed when nothing here is unsaved', () => {
    const s = run(savedAt(1, 'a'), { type: 'remote', version: 2, content: { text: 'b' }, shared: false });
    expect(s.value.text).toBe('b');
    expect(s.baseVersion).toBe(2);
  });

  it('leaves unsaved words alone, so saving them shows both', () => {
    const s = run(savedAt(1, 'a'), { type: 'edit', value: { text: 'mine' } }, { type: 'remote', version: 2, content: { text: 'b' }, shared: false });
    expect(s.value.text).toBe('mine');
    expect(s.baseVersion).toBe(1);
    expect(s.seenVersion).toBe(2);
  });

  it('the same version again only updates who reads it', () => {
    const s = savedAt(1, 'a');
    expect(run(s, { type: 'remote', version: 1, content: { text: 'a' }, shared: false })).toBe(s);
    expect(phaseOf(kind, run(s, { type: 'remote', version: 1, content: { text: 'a' }, shared: true }))).toBe('shared');
  });
});

describe('editable item: sharing', () => {
  it('share and unshare, with their dialog', () => {
    const open = run(savedAt(1, 'a'), { type: 'openDialog', dialog: 'share' });
    expect(open.dialog).toBe('share');
    const shared = run(open, { type: 'shareStart' }, { type: 'shareOk', version: 1 });
    expect(shared.dialog).toBeNull();
    expect(phaseOf(kind, shared)).toBe('shared');
    const stopped = run(shared, { type: 'openDialog', dialog: 'stop' }, { type: 'unshareStart' }, { type: 'unshareOk', version: 2 });
    expect(phaseOf(kind, stopped)).toBe('saved');
    // Stopping made a new version with the same words: the editor follows it.
    expect(stopped.baseVersion).toBe(2);
  });

  it('a failed share stays in its dialog with the reason, and opening again clears it', () => {
    const failed = run(savedAt(1, 'a'), { type: 'openDialog', dialog: 'share' }, { type: 'shareStart' }, { type: 'dialogFailed', error: 'Keys changed' });
    expect(failed.dialog).toBe('share');
    expect(failed.dialogError).toBe('Keys changed');
    expect(failed.busy).toBeNull();
    expect(phaseOf(kind, failed)).toBe('saved');
    expect(run(failed, { type: 'closeDialog' }, { type: 'openDialog', dialog: 'share' }).dialogError).toBeNull();
  });
});
