import { describe, expect, it } from 'vitest';
import { asCommitment, asMark, commitmentContentSchema, WHAT_MAX } from './index.js';

describe('content', () => {
  it('needs the promise in words, within 280 characters', () => {
    const empty = commitmentContentSchema.safeParse({ what: '   ' });
    expect(empty.success).toBe(false);
    expect(empty.error?.issues[0]?.message).toBe('Write the promise in a few words.');
    expect(commitmentContentSchema.safeParse({ what: 'x'.repeat(WHAT_MAX + 1) }).error?.issues[0]?.path).toEqual(['what']);
    expect(asCommitment({ what: ' Call if I am late ' })).toEqual({ what: 'Call if I am late' });
  });
  it('reads marks, and nothing else', () => {
    expect(asMark({ status: 'kept' })).toEqual({ status: 'kept' });
    expect(asMark({ status: 'kept', note: 'Called at 18:40' })).toEqual({ status: 'kept', note: 'Called at 18:40' });
    expect(asMark({ status: 'maybe' })).toBeNull();
    expect(asMark({ status: 'missed', extra: 1 })).toBeNull();
  });
});
