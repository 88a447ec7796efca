import type { FastifyInstance } from 'fastify';
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
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

/** Starts the server the way main.ts does, on 127.0.0.1 and a free port. */
export async function startServer(): Promise<RunningServer> {
  const webDir = resolve('dist/web');
  if (!existsSync(`${webDir}/index.html`)) throw new Error('dist/web is missing: run `npm run build:web` first (npm test does).');
  const file = `/tmp/mend-e2e-${randomBytes(6).toString('hex')}.db`;
  const db = connect(`sqlite:${file}`);
  await migrateToLatest(db);
  // The public URL is only known after listening; the origin check also accepts the Host's own origin.
  const app = await buildApp({ config: testConfig({ webDir, logLevel: 'warn' }), db });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
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
