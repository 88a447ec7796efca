import { buildApp } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { connect } from './db/connect.js';
import { migrateToLatest } from './db/migrate.js';
import { shutDown } from './shutdown.js';

const SHUTDOWN_LIMIT_MS = 10_000;

/** Reads the environment, migrates, listens, and shuts down gracefully on SIGTERM/SIGINT. */
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(2);
    }
    throw err;
  }
  const db = connect(config.databaseUrl);
  await migrateToLatest(db);
  const app = await buildApp({ config, db });
  await app.listen({ port: config.port, host: config.host });
  app.jobs.start();
  app.log.info({ url: config.publicUrl, database: db.dialect }, 'Mend is running');

  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    const force = setTimeout(() => {
      app.log.error('shutdown took too long; exiting');
      process.exit(1);
    }, SHUTDOWN_LIMIT_MS);
    force.unref();
    // Drain, then close the app (requests in flight, jobs, the bus), then the pool.
    void shutDown(app, db)
      .then(() => process.exit(0))
      .catch((err: unknown) => {
        app.log.error({ err: err instanceof Error ? { name: err.name, code: (err as { code?: unknown }).code } : String(err) }, 'shutdown failed');
        process.exit(1);
      });
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}

void main().catch((err: unknown) => {
  console.error('Mend failed to start:', err instanceof Error ? err.message : err);
  process.exit(1);
});
