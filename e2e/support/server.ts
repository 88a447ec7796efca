import type { FastifyInstance } from 'fastify';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { buildApp } from '../../src/server/app.js';
import { testConfig } from '../../src/server/config.js';
import type { Dialect } from '../../src/server/db/connect.js';
import { createTestDatabase, type TestDatabase } from '../../src/server/test/databases.js';

/** A real Mend server on a free port, serving the built web app, on a fresh database. */
export interface RunningServer {
  url: string;
  app: FastifyInstance;
  database: TestDatabase;
  /** Every log line the server wrote (JSON), for tests that prove nothing private is logged. */
  logs: string[];
  /** Stops answering, as a server that is down: nothing listens on the port, open connections are cut. The data stays. */
  pause(): Promise<void>;
  /** Listens again on the same port, with the same data. */
  resume(): Promise<void>;
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

/** The built web app the browser tests serve (MEND_E2E_WEB_DIR lets parallel work build elsewhere). */
export function builtWebDir(): string {
  return resolve(process.env.MEND_E2E_WEB_DIR ?? 'dist/web');
}

/**
 * Starts the server the way main.ts does, on 127.0.0.1, on SQLite (default) or PostgreSQL.
 * `webDir` serves a copy of the build instead (a test that deploys a new version changes it).
 */
export async function startServer(dialect: Dialect = 'sqlite', options: { webDir?: string } = {}): Promise<RunningServer> {
  const webDir = options.webDir ?? builtWebDir();
  if (!existsSync(`${webDir}/index.html`)) throw new Error(`${webDir} is missing: run \`npm run build:web\` first (npm test does).`);
  const database = await createTestDatabase(dialect);
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const logs: string[] = [];
  const app = await buildApp({
    config: testConfig({ webDir, logLevel: 'info', port, publicUrl: url }),
    db: database.handle,
    logStream: { write: (line) => logs.push(line) },
  });
  await app.listen({ port, host: '127.0.0.1' });
  app.jobs.start();
  return {
    url,
    app,
    database,
    logs,
    pause: () =>
      new Promise<void>((done, fail) => {
        app.server.close((e) => (e ? fail(e) : done()));
        // The live stream and keep-alive connections too: a stopped server answers nothing.
        app.server.closeAllConnections();
      }),
    resume: () =>
      new Promise<void>((done, fail) => {
        app.server.once('error', fail);
        app.server.listen(port, '127.0.0.1', () => {
          app.server.off('error', fail);
          done();
        });
      }),
    stop: async () => {
      await app.close();
      await database.drop();
    },
  };
}
