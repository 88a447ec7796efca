import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every server source file (tests excluded). */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('who may write a reader key', () => {
  it('only readers.ts stores keys, so every partner key goes through the couple lock', () => {
    const root = join(import.meta.dirname, '../..');
    const offenders = sources(root)
      .map((f) => ({ f: relative(root, f), text: readFileSync(f, 'utf8') }))
      .filter(({ f, text }) => {
        const writes = /\bputReader\(|insertInto\('item_readers'\)/.test(text);
        return writes && f !== 'features/items/readers.ts' && f !== 'features/items/items.repo.ts';
      })
      .map(({ f }) => f);
    expect(offenders).toEqual([]);
    // And the repository's own insert is the one putReader.
    const repo = readFileSync(join(root, 'features/items/items.repo.ts'), 'utf8');
    expect(repo.match(/insertInto\('item_readers'\)/g)).toHaveLength(1);
  });
});
