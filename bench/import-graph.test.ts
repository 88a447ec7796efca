import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { packagesReached } from './import-graph.js';

const base = fileURLToPath(new URL('..', import.meta.url));
const src = (path: string) => fileURLToPath(new URL(`../src/${path}`, import.meta.url));

/**
 * Calendar and recurrence libraries (≈ 35 KB gzipped for luxon and rrule, more with ical.js)
 * belong to the pages that use them, never to the first load every page shares.
 */
const PAGE_ONLY = ['luxon', 'rrule', 'ical.js'];

/** The packages of `PAGE_ONLY` a module reaches, each with the import path that brings it. */
function pageOnlyReached(root: string): Record<string, string> {
  const reached = packagesReached(root, base);
  return Object.fromEntries(PAGE_ONLY.filter((p) => reached.has(p)).map((p) => [p, reached.get(p)!.join(' → ')]));
}

describe('what the first load imports', () => {
  it("keeps date and recurrence libraries out of the web app's entry", () => {
    expect(pageOnlyReached(src('web/main.tsx'))).toEqual({});
  });

  it('keeps them out of the item kinds and the API shapes, which the entry loads', () => {
    // The schedule schema checks dates and occurrences with shared/schedules/wall-clock.ts
    // and first-occurrence.ts; import those modules, not local-time.ts or the core/schedules barrel.
    expect(pageOnlyReached(src('shared/kinds.ts'))).toEqual({});
    expect(pageOnlyReached(src('shared/api/index.ts'))).toEqual({});
    expect(pageOnlyReached(src('shared/client/index.ts'))).toEqual({});
  });

  it('finds such a library when a module does bring it', () => {
    expect(Object.keys(pageOnlyReached(src('core/schedules/index.ts')))).toEqual(['luxon', 'rrule']);
  });
});
