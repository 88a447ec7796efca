import { describe, expect, it } from 'vitest';
import { statusLineShown } from './use-status-line.js';

describe('statusLineShown', () => {
  it('shows the words while the state they were said about is the one on the page', () => {
    expect(statusLineShown({ message: 'Shared.', for: null }, 'held')).toBe('Shared.');
    expect(statusLineShown({ message: 'Shared.', for: 'held' }, 'held')).toBe('Shared.');
  });

  it('hides them as soon as that state changes', () => {
    expect(statusLineShown({ message: 'Shared. Yours will be shown when Ben shares theirs too.', for: 'held' }, 'shown')).toBe('');
  });
});
