import { describe, expect, it } from 'vitest';
import { momentWaiting } from './partner-moment.js';

const now = new Date('2026-12-07T12:00:00Z');
const m = (id: string, createdAt: string, authorId = 'p', verified = true) => ({ id, authorId, createdAt, verified });

describe('a partner’s hard moment on Today', () => {
  it('shows the newest unanswered one from the partner in the last few days', () => {
    const list = [m('old', '2026-12-06T08:00:00Z'), m('new', '2026-12-07T10:00:00Z'), m('mine', '2026-12-07T11:00:00Z', 'me')];
    expect(momentWaiting(list, [], 'p', now)?.id).toBe('new');
    expect(momentWaiting(list, [{ parentId: 'new' }], 'p', now)?.id).toBe('old');
    expect(momentWaiting(list, [{ parentId: 'new' }, { parentId: 'old' }], 'p', now)).toBeNull();
  });
  it('leaves older ones and unverified ones to the hard-moments page', () => {
    expect(momentWaiting([m('a', '2026-12-01T10:00:00Z')], [], 'p', now)).toBeNull();
    expect(momentWaiting([m('a', '2026-12-07T10:00:00Z', 'p', false)], [], 'p', now)).toBeNull();
  });
});
