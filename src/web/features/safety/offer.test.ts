import { describe, expect, it } from 'vitest';
import type { OpenItem } from '../../../shared/client/index.js';
import { safetyHistory } from './SafetyCheckOffer.js';

const item = (content: unknown, over: Partial<OpenItem> = {}): OpenItem =>
  ({ id: 'x', kind: 'safety_check', mine: true, verified: true, content, createdAt: '', updatedAt: '', version: 1, authorId: 'me', state: {}, ...over }) as unknown as OpenItem;

describe('the safety check history Today reads', () => {
  it('takes the latest check and the latest "maybe later" of the person’s own, verified items', () => {
    const h = safetyHistory([
      item({ type: 'check', takenAt: '2026-10-01T10:00:00.000Z', answers: {}, level: 'none' }),
      item({ type: 'check', takenAt: '2026-11-01T10:00:00.000Z', answers: {}, level: 'none' }),
      item({ type: 'dismissed', at: '2026-11-20T10:00:00.000Z' }),
      item({ type: 'dismissed', at: '2026-12-01T10:00:00.000Z' }, { verified: false }),
      item({ type: 'check', takenAt: '2026-12-05T10:00:00.000Z', answers: {}, level: 'none' }, { mine: false }),
      item({ text: 'not a check' }),
    ]);
    expect(h).toEqual({ lastTakenAt: '2026-11-01T10:00:00.000Z', lastDismissedAt: '2026-11-20T10:00:00.000Z' });
    expect(safetyHistory([])).toEqual({ lastTakenAt: undefined, lastDismissedAt: undefined });
  });
});
