import type { FastifyInstance } from 'fastify';
import { buildApp } from '../app.js';
import { testConfig, type Config } from '../config.js';
import type { Dialect } from '../db/connect.js';
import type { Clock } from '../lib/clock.js';
import { createTestDatabase, type TestDatabase } from './databases.js';

/** A built (not listening) app on a fresh database. */
export interface TestApp {
  app: FastifyInstance;
  database: TestDatabase;
  close(): Promise<void>;
}

/** What a test may set besides the config. */
export interface TestAppOptions {
  /** The app's clock: a ManualClock lets the test move time instead of sleeping. */
  clock?: Clock;
}

/** Builds an app on a new database of the dialect. */
export async function createTestApp(dialect: Dialect, overrides: Partial<Config> = {}, options: TestAppOptions = {}): Promise<TestApp> {
  const database = await createTestDatabase(dialect);
  const app = await buildApp({ config: testConfig(overrides), db: database.handle, ...(options.clock ? { clock: options.clock } : {}) });
  await app.ready();
  return {
    app,
    database,
    close: async () => {
      await app.close();
      await database.drop();
    },
  };
}
