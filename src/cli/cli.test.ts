import SQLite from 'better-sqlite3';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { testConfig } from '../server/config.js';
import { backupSqlite } from './backup.js';
import { createDemoCouple } from './demo.js';

describe('cli', () => {
  it('demo creates two encrypted accounts, paired, that can sign in; backup copies them online', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mend-cli-'));
    const databaseUrl = `sqlite:${join(dir, 'mend.db')}`;
    const demo = await createDemoCouple(testConfig({ databaseUrl, dataDir: dir }));
    expect(demo.people.map((p) => p.displayName)).toEqual(['Alex', 'Sam']);
    for (const p of demo.people) expect(p.recoveryWords.split(' ')).toHaveLength(24);
    expect(demo.coupleId).toMatch(/^[0-9a-f-]{36}$/);

    const live = new SQLite(join(dir, 'mend.db'));
    // A write in flight on another connection does not disturb the copy.
    live.prepare("insert into rate_limits (key, count, reset_at) values ('busy', 1, '2999-01-01')").run();
    const target = join(dir, 'backups', 'copy.db');
    expect(await backupSqlite(databaseUrl, target)).toBeGreaterThan(0);
    live.close();
    expect(existsSync(target)).toBe(true);
    const copy = new SQLite(target, { readonly: true });
    const rows = copy.prepare('select display_name, auth_hash from users order by display_name').all() as { display_name: string; auth_hash: string }[];
    copy.close();
    expect(rows.map((r) => r.display_name)).toEqual(['Alex', 'Sam']);
    for (const r of rows) expect(r.auth_hash).toMatch(/^\$argon2id\$/);
  }, 60_000);

  it('backup explains what to do on PostgreSQL', async () => {
    await expect(backupSqlite('postgres://x@127.0.0.1/db', '/tmp/x.db')).rejects.toThrow(/pg_dump/);
  });
});
