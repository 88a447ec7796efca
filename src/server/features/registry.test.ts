import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ITEM_KINDS } from '../../shared/kinds.js';
import { GENERIC_KINDS, PRACTICES, registeredKinds, rulesOf } from './registry.js';

/** Every server source file (tests excluded). */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [path] : [];
  });
}

const root = join(import.meta.dirname, '..');
const files = sources(root).map((f) => ({ f: relative(root, f), text: readFileSync(f, 'utf8') }));

describe('the practices registry', () => {
  it('knows every kind: each is declared by a practice or deliberately generic, never both', () => {
    const registered = registeredKinds();
    for (const kind of Object.keys(ITEM_KINDS)) {
      expect({ kind, declared: registered.includes(kind) !== GENERIC_KINDS.includes(kind as never) }).toEqual({ kind, declared: true });
    }
    expect(registered.filter((k) => !Object.hasOwn(ITEM_KINDS, k))).toEqual([]);
    expect(new Set(PRACTICES.map((p) => p.name)).size).toBe(PRACTICES.length);
  });

  it('stores a kind with no rules generically: nothing runs for it', () => {
    for (const kind of GENERIC_KINDS) expect(rulesOf(kind)).toEqual([]);
    expect(rulesOf('not_a_kind')).toEqual([]);
  });

  it('keeps kind names out of the generic item store', () => {
    const kinds = Object.keys(ITEM_KINDS);
    for (const f of ['features/items/items.service.ts', 'features/items/items.repo.ts', 'features/items/items.routes.ts']) {
      const text = files.find((x) => x.f === f)!.text;
      expect({ f, named: kinds.filter((k) => text.includes(`'${k}'`)) }).toEqual({ f, named: [] });
    }
  });
});

describe('reads without a viewer', () => {
  it('are imported only by background jobs (*.jobs.ts): every request reads through the readers rule', () => {
    const offenders = files.filter(({ f, text }) => /\bunscoped\w*\b/.test(text) && f !== 'features/items/items.repo.ts' && !f.endsWith('.jobs.ts')).map(({ f }) => f);
    expect(offenders).toEqual([]);
    // The rule sees the jobs that do read without a viewer (so it would see any other file).
    expect(files.filter(({ f, text }) => f.endsWith('.jobs.ts') && /\bunscopedItemForJob\b/.test(text)).map(({ f }) => f).sort()).toEqual([
      'features/commitments/commitments.jobs.ts',
      'features/notes/notes.jobs.ts',
    ]);
  });

  it('the questions pause reads the thread as the person sharing it', () => {
    const pause = files.find((x) => x.f === 'features/questions/pause.ts')!.text;
    expect(pause).not.toMatch(/unscoped/);
    expect(pause).toMatch(/visibleItems\(db, viewerId/);
  });
});
