import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * The server takes "now" from the app's clock (src/server/lib/clock.ts, `app.clock`), so tests
 * move time instead of sleeping and nothing silently reads the machine's clock. This guard
 * fails when `new Date()` (no arguments) or `Date.now()` appears in server code elsewhere.
 */
const ROOT = join(import.meta.dirname, '..');

/** Where reading the machine's clock is allowed (paths relative to src/server, `/`-separated). */
const ALLOWED = [
  // The clock itself.
  'lib/clock.ts',
  // Test helpers (tests themselves, *.test.ts, are skipped too).
  'test/',
];

/** `new Date()` with no arguments, or `Date.now` (called or passed as a function). */
const MACHINE_CLOCK = /\bnew Date\(\s*\)|\bDate\.now\b/;

function serverFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return serverFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** Lines of code that read the machine's clock, as `file:line: text`; comments are skipped. */
function machineClockReads(file: string): string[] {
  const name = relative(ROOT, file).split(sep).join('/');
  return readFileSync(file, 'utf8')
    .split('\n')
    .flatMap((line, i) => {
      const code = line.trim();
      if (code.startsWith('//') || code.startsWith('*') || code.startsWith('/*')) return [];
      return MACHINE_CLOCK.test(code.replace(/\/\/.*$/, '')) ? [`${name}:${i + 1}: ${code}`] : [];
    });
}

describe('the server reads the time from its clock', () => {
  it('finds the machine clock in the forms it takes', () => {
    expect(['const t = new Date();', 'new Date( )', 'Date.now()', 'createCookieJar(Date.now)'].map((s) => MACHINE_CLOCK.test(s))).toEqual([true, true, true, true]);
    expect(['new Date(iso)', 'new Date(at.getTime() + ms)', 'app.clock.now()', 'Date.parse(s)'].map((s) => MACHINE_CLOCK.test(s))).toEqual([false, false, false, false]);
  });

  it('has no `new Date()` or `Date.now()` outside the clock and the allow-list', () => {
    const allowed = (file: string) => {
      const name = relative(ROOT, file).split(sep).join('/');
      return ALLOWED.some((a) => (a.endsWith('/') ? name.startsWith(a) : name === a));
    };
    const found = serverFiles(ROOT)
      .filter((f) => !allowed(f))
      .flatMap(machineClockReads);
    expect(found, 'take the time from app.clock (or a `now` passed in) instead').toEqual([]);
  });
});
