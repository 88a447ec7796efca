import { describe, expect, it } from 'vitest';
import type { OpenItem } from '../../../shared/client/index.js';
import { markRecords, marksOf, marksToSync } from './model.js';
import { parseContent, parseState } from '../../../shared/kinds.js';

const C = '11111111-1111-4111-8111-111111111111';
const OTHER = '22222222-2222-4222-8222-222222222222';
// Read by the kind's schemas, as the items client reads every opened item.
const item = ({ content = null, state = {}, ...over }: Omit<Partial<OpenItem>, 'content' | 'state'> & { content?: unknown; state?: unknown }): OpenItem => ({
  id: crypto.randomUUID(),
  kind: 'commitment_mark',
  authorId: 'me',
  coupleId: 'c',
  version: 1,
  createdAt: '2026-02-27T10:00:00Z',
  updatedAt: '2026-02-27T10:00:00Z',
  verified: true,
  olderFormat: false,
  rolledBack: false,
  mine: true,
  ...over,
  state: parseState(over.kind ?? 'commitment_mark', state),
  content: parseContent(over.kind ?? 'commitment_mark', content),
});
const commitment = item({ id: C, kind: 'commitment', sharedWith: ['partner'] });
const mark = (occurrence: string, status: string, over: Partial<OpenItem> = {}) =>
  item({ state: { parentId: C, occurrence }, content: { status }, ...over });

describe('marksOf', () => {
  it('keeps only the promiser’s verified marks of this commitment, a later re-mark last', () => {
    const list = [
      mark('2026-02-20', 'kept', { updatedAt: '2026-02-27T12:00:00Z' }),
      mark('2026-02-20', 'missed', { updatedAt: '2026-02-21T12:00:00Z' }),
      mark('2026-02-13', 'kept', { authorId: 'partner', mine: false }),
      mark('2026-02-06', 'kept', { verified: false }),
      mark('2026-02-06', 'perhaps'),
      item({ state: { parentId: OTHER, occurrence: '2026-02-06' }, content: { status: 'kept' } }),
    ];
    expect(markRecords(marksOf(commitment, list))).toEqual([
      { occurrence: '2026-02-20', status: 'missed' },
      { occurrence: '2026-02-20', status: 'kept' },
    ]);
  });
});

describe('marksToSync', () => {
  it('shares marks of a shared commitment, and unshares marks of one that is private again', () => {
    const a = mark('2026-02-20', 'kept');
    const b = mark('2026-02-13', 'missed', { sharedWith: ['partner'] });
    expect(marksToSync(commitment, [a, b], 'partner')).toEqual({ share: [a], unshare: [] });
    const privateAgain = { ...commitment, sharedWith: [] };
    expect(marksToSync(privateAgain, [a, b], 'partner')).toEqual({ share: [], unshare: [b] });
    expect(marksToSync(commitment, [a, b], null)).toEqual({ share: [], unshare: [] });
  });
});
