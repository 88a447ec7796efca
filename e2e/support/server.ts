import type { FastifyInstance } from 'fastify';
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { buildApp } from '../../src/server/app.js';
import { testConfig } from '../../src/server/config.js';
import { connect } from '../../src/server/db/connect.js';
import { migrateToLatest } from '../../src/server/db/migrate.js';

/** A real Mend server on an ephemeral port, serving the built web app, on a fresh SQLite file. */
export interface RunningServer {
  url: string;
  app: FastifyInstance;
  stop(): Promise<void>;
}

/** A port the OS says is free right now (invite links need the public URL before listening). */
function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      srv.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Starts the server the way main.ts does, on 127.0.0.1 and a free port. */
export async function startServer(): Promise<RunningServer> {
  const webDir = resolve('dist/web');
  if (!existsSync(`${webDir}/index.html`)) throw new Error('dist/web is missing: run `npm run build:web` first (npm test does).');
  const file = `/tmp/mend-e2e-${randomBytes(6).toString('hex')}.db`;
  const db = connect(`sqlite:${file}`);
  await migrateToLatest(db);
  const port = await freePort();
  const publicUrl = `http://127.0.0.1:${port}`;
  const app = await buildApp({ config: testConfig({ webDir, logLevel: 'warn', port, publicUrl }), db });
  await app.listen({ port, host: '127.0.0.1' });
  const url = publicUrl;
  app.jobs.start();
  return {
    url,
    app,
    stop: async () => {
      await app.close();
      await db.close();
      await Promise.all(['', '-wal', '-shm'].map((s) => rm(file + s, { force: true })));
    },
  };
}
