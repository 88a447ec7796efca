import Fastify, { type FastifyInstance } from 'fastify';
import { randomUUID } from 'node:crypto';
import { LIMITS } from '../shared/limits.js';
import type { Config } from './config.js';
import type { DbHandle } from './db/connect.js';
import { busFor, type EventBus } from './events/bus.js';
import { accountsRoutes } from './features/accounts/accounts.routes.js';
import { couplesRoutes } from './features/couples/couples.routes.js';
import { eventsRoutes } from './features/events/events.routes.js';
import { healthRoutes } from './features/health/health.routes.js';
import { itemsRoutes } from './features/items/items.routes.js';
import { promptsRoutes } from './features/prompts/prompts.routes.js';
import { sessionsRoutes } from './features/sessions/sessions.routes.js';
import { registerCommitmentJobs } from './features/commitments/commitments.jobs.js';
import { registerNoteJobs } from './features/notes/notes.jobs.js';
import { registerNotificationJobs } from './features/notifications/notifications.jobs.js';
import { notificationsRoutes } from './features/notifications/notifications.routes.js';
import { togetherRoutes } from './features/together/together.routes.js';
import { calendarRoutes } from './features/calendar/calendar.routes.js';
import { safetyRoutes } from './features/safety/safety.routes.js';
import { registerMaintenance } from './jobs/maintenance.js';
import { systemClock, type Clock } from './lib/clock.js';
import { createMailer, type Mailer } from './lib/mailer.js';
import { JobRunner } from './jobs/runner.js';
import { authPlugin } from './plugins/auth.js';
import { errorsPlugin } from './plugins/errors.js';
import { securityPlugin } from './plugins/security.js';
import { webPlugin } from './plugins/web.js';

/** One registered route: its method and URL pattern. */
export interface RouteEntry {
  method: string;
  url: string;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Every registered route (method and URL pattern), in registration order. */
    routeTable: readonly RouteEntry[];
    config: Config;
    dbh: DbHandle;
    bus: EventBus;
    jobs: JobRunner;
    /** The one source of "now" (src/server/lib/clock.ts); tests pass a ManualClock. */
    clock: Clock;
    /** True once a graceful shutdown began (`drain`): answers then close their connection. */
    readonly draining: boolean;
    /** Registers what to do when a shutdown begins (event streams end). */
    onDrain(fn: () => void): void;
    /**
     * A shutdown's first phase (src/server/shutdown.ts): every answer from now on says
     * `Connection: close`, so each keep-alive client learns from an answer, never from a
     * dropped connection, that it must not send more on it; event streams end.
     */
    drain(): void;
  }
}

/** What buildApp needs; the database is opened (and migrated) by the caller. */
export interface AppDeps {
  config: Config;
  db: DbHandle;
  /** Defaults to the bus that fits the database. */
  bus?: EventBus;
  /** Where log lines go (stdout by default); tests read them to prove nothing private is logged. */
  logStream?: { write(line: string): void };
  /** Defaults to SMTP from `config.smtpUrl` (none when unset). */
  mailer?: Mailer | null;
  /** Defaults to the machine's clock; tests pass a ManualClock and advance it. */
  clock?: Clock;
}

/** Trusts the `hops` nearest proxies (hop 0 is the socket's peer). */
const trustHops = (hops: number) => (_address: string, hop: number) => hop < hops;

/**
 * Builds the Mend server without listening: main.ts listens, tests use app.inject().
 * The job runner is created here and started by the caller (main.ts, or a test).
 */
export async function buildApp({ config, db, bus, logStream, mailer, clock }: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    logger: {
      level: config.logLevel,
      ...(logStream ? { stream: logStream } : {}),
      // Requests are logged by method and path only: no query strings, cookies or bodies.
      serializers: {
        // A calendar link's path is its secret: only its kind is logged.
        req: (req: { method: string; url: string; id: string }) => ({ id: req.id, method: req.method, path: (req.url.split('?')[0] ?? '').replace(/^\/calendar\/.*$/, '/calendar/…') }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
      redact: { paths: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'], remove: true },
    },
    bodyLimit: LIMITS.bodyBytes,
    // A request must arrive in full within this time (408 otherwise): a slow body cannot hold
    // a connection open for ever. Node reads it only when the server is constructed (hence
    // `http`), and checks at an interval, which is kept short too.
    requestTimeout: config.requestTimeoutMs,
    http: { requestTimeout: config.requestTimeoutMs, connectionsCheckingInterval: Math.min(config.requestTimeoutMs, 5000) },
    // A hop count trusts that many proxies nearest the socket (the function form Fastify types accept).
    trustProxy: typeof config.trustProxy === 'number' ? trustHops(config.trustProxy) : config.trustProxy,
    genReqId: () => randomUUID(),
    onProtoPoisoning: 'error',
    onConstructorPoisoning: 'error',
    return503OnClosing: true,
  });

  // Every route as registered, for tests that must cover all of them (the fuzz suite).
  const routeTable: RouteEntry[] = [];
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) routeTable.push({ method, url: route.url });
  });
  app.decorate('routeTable', routeTable);
  app.decorate('config', config);
  app.decorate('dbh', db);
  app.decorate('clock', clock ?? systemClock);
  app.decorate('bus', bus ?? (await busFor(db, (err) => app.log.warn({ err: String(err) }, 'event bus'))));
  // Only the error's class and code: a message may quote an address (a mail server's refusal) or input.
  const errorShape = (err: unknown) => (err instanceof Error ? { name: err.name, code: (err as { code?: unknown }).code } : { name: typeof err });
  const jobs = new JobRunner(db, { pollMs: config.jobsPollMs, clock: app.clock, onError: (err, job) => app.log.error({ kind: job?.kind, err: errorShape(err) }, 'job failed') });
  app.decorate('jobs', jobs);
  await registerMaintenance(jobs, db.db, app.clock);
  const mail = mailer === undefined ? createMailer(config.smtpUrl, config.mailFrom) : mailer;
  const notifyCtx = { emailAvailable: config.smtpUrl !== null };
  registerNotificationJobs(jobs, { mailer: mail, publicUrl: config.publicUrl, db: db.db });
  registerCommitmentJobs(jobs, { ctx: notifyCtx, bus: () => app.bus });
  registerNoteJobs(jobs, { ctx: notifyCtx, bus: () => app.bus });

  let draining = false;
  const drainListeners: (() => void)[] = [];
  app.decorate('draining', { getter: () => draining });
  app.decorate('onDrain', (fn: () => void) => void drainListeners.push(fn));
  app.decorate('drain', () => {
    if (draining) return;
    draining = true;
    for (const fn of drainListeners) fn();
  });
  // Node closes the connection after an answer that says so; the client opens a new one
  // (refused once the server stopped listening) instead of racing a close.
  app.addHook('onRequest', async (_request, reply) => {
    if (draining) void reply.header('connection', 'close');
  });

  // A text/plain body is what a cross-site form can send without a preflight: JSON only.
  app.removeContentTypeParser('text/plain');

  await app.register(errorsPlugin);
  await app.register(securityPlugin);
  await app.register(authPlugin);
  await app.register(webPlugin);

  healthRoutes(app);
  accountsRoutes(app);
  sessionsRoutes(app);
  couplesRoutes(app);
  eventsRoutes(app);
  itemsRoutes(app);
  promptsRoutes(app);
  notificationsRoutes(app);
  togetherRoutes(app);
  calendarRoutes(app);
  safetyRoutes(app);

  app.addHook('onClose', async () => {
    await jobs.stop();
    mail?.close();
    if (!bus) await app.bus.close();
  });
  return app;
}
