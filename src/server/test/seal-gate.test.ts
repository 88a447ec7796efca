import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every source file under src (tests excluded). */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [path] : [];
  });
}

describe('who may seal a key to the partner', () => {
  it('only ItemsClient.sealToPartner calls sealKey, so every share passes the pin check', () => {
    const root = join(import.meta.dirname, '../..');
    const callers = sources(root)
      .filter((f) => !relative(root, f).startsWith('shared/crypto/'))
      .flatMap((f) => (readFileSync(f, 'utf8').match(/\bsealKey\(/g) ?? []).map(() => relative(root, f)));
    expect(callers).toEqual(['shared/client/items.ts']);
    const items = readFileSync(join(root, 'shared/client/items.ts'), 'utf8');
    const gate = items.slice(items.indexOf('private async sealToPartner('));
    const body = gate.slice(0, gate.indexOf('\n  }\n'));
    expect(body).toContain('await assertPartnerKeysTrusted(this.pins, partner);');
    expect(body).toMatch(/assertPartnerKeysTrusted[\s\S]*sealKey\(/);
  });
});
