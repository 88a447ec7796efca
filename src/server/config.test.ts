import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('loadConfig', () => {
  const dataDir = () => mkdtempSync(join(tmpdir(), 'mend-config-'));

  it('uses the documented defaults and generates a secret on first start', () => {
    const dir = dataDir();
    const config = loadConfig({ DATA_DIR: dir });
    expect(config).toMatchObject({ port: 3000, host: '127.0.0.1', databaseUrl: 'sqlite:data/mend.db', publicUrl: 'http://localhost:3000', secureCookies: false, trustProxy: false });
    expect(config.sessionIdleMs).toBe(30 * 60_000);
    expect(config.sessionAbsoluteMs).toBe(12 * 3_600_000);
    const file = join(dir, 'secret');
    expect(readFileSync(file, 'utf8').trim()).toBe(config.secret);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    // The same secret on the next start.
    expect(loadConfig({ DATA_DIR: dir }).secret).toBe(config.secret);
  });

  it('turns on secure cookies for an https public URL', () => {
    const config = loadConfig({ DATA_DIR: dataDir(), PUBLIC_URL: 'https://mend.example.org/', MEND_SECRET: 'x'.repeat(40) });
    expect(config.publicUrl).toBe('https://mend.example.org');
    expect(config.secureCookies).toBe(true);
    expect(config.secret).toBe('x'.repeat(40));
  });

  it('stops with a message naming every bad variable', () => {
    let message = '';
    try {
      loadConfig({ DATA_DIR: dataDir(), PORT: 'eighty', DATABASE_URL: 'mysql://x', MEND_SECRET: 'short', PUBLIC_URL: 'not a url' });
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      message = (err as Error).message;
    }
    for (const name of ['PORT', 'DATABASE_URL', 'MEND_SECRET', 'PUBLIC_URL']) expect(message).toContain(name);
  });

  it('accepts a PostgreSQL URL', () => {
    expect(loadConfig({ DATA_DIR: dataDir(), DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/mend' }).databaseUrl).toMatch(/^postgres:/);
  });

  it('reads TRUST_PROXY as a hop count, or as proxy addresses and networks', () => {
    const trust = (value: string) => loadConfig({ DATA_DIR: dataDir(), MEND_SECRET: 'x'.repeat(40), TRUST_PROXY: value }).trustProxy;
    expect(trust('false')).toBe(false);
    expect(trust('true')).toBe(1);
    expect(trust('2')).toBe(2);
    expect(trust(' 10.0.0.1, 10.0.0.0/8 ,192.168.1.0/24')).toEqual(['10.0.0.1', '10.0.0.0/8', '192.168.1.0/24']);
    expect(trust('::1,fd00::/8,::ffff:10.0.0.1')).toEqual(['::1', 'fd00::/8', '::ffff:10.0.0.1']);
  });

  it('stops at start-up on a TRUST_PROXY entry that is not a hop count, an address or a network, and names it', () => {
    for (const bad of ['999.1.1.1', '10.0.0.0/33', '::/129', ':', '10.0.0.1,nginx', '1.2.3', 'fe80::zz', '10.0.0.1/', '10.0.0.1/8/8', 'yes', '-1', '1.5', '::1/01x']) {
      let error: unknown = null;
      try {
        loadConfig({ DATA_DIR: dataDir(), MEND_SECRET: 'x'.repeat(40), TRUST_PROXY: bad });
      } catch (err) {
        error = err;
      }
      expect(error, bad).toBeInstanceOf(ConfigError);
      expect((error as Error).message, bad).toContain('TRUST_PROXY');
    }
    let message = '';
    try {
      loadConfig({ DATA_DIR: dataDir(), MEND_SECRET: 'x'.repeat(40), TRUST_PROXY: '10.0.0.1, 300.0.0.1' });
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toContain('300.0.0.1');
  });
});
