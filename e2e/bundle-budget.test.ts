import { describe, expect, it } from 'vitest';
import { FIRST_LOAD_BUDGET, measureFirstLoad } from '../bench/bundle-size.js';
import { builtWebDir } from './support/server.js';

// The build-size check: the first load of the welcome page and of Today stays in budget.
describe('first-load budget of the built web app', () => {
  it('keeps the welcome page and Today within the gzipped budget, with pages in their own chunks', () => {
    const results = measureFirstLoad(builtWebDir());
    for (const page of ['welcome', 'today'] as const) {
      const r = results[page];
      expect(r.gzipBytes, `${page}: ${(r.gzipBytes / 1024).toFixed(1)} kB gzipped`).toBeLessThanOrEqual(FIRST_LOAD_BUDGET[page]);
    }
    // The welcome page must not carry Today's code, or splitting has come undone.
    expect(results.welcome.gzipBytes).toBeLessThan(results.today.gzipBytes);
  });
});
