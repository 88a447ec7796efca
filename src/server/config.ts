import { randomBytes } from 'node:crypto';
import { isIP } from 'node:net';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { z } from 'zod';

const envSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z
    .string()
    .default('sqlite:data/mend.db')
    .refine((v) => /^sqlite:.+/.test(v) || /^postgres(ql)?:\/\/.+/.test(v), {
      message: 'must be sqlite:<file> or postgres://user@host:port/db',
    }),
  MEND_SECRET: z.string().min(32, { message: 'must be at least 32 characters of random text' }).optional(),
  PUBLIC_URL: z.url({ message: 'must be a full URL such as https://mend.example.org' }).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  TRUST_PROXY: z
    .string()
    .default('false')
    .transform((v) => v.trim())
    .superRefine((v, ctx) => {
      if (parseTrustProxy(v) !== null) return;
      const bad = v.includes(',') ? v.split(',').map((a) => a.trim()).filter((a) => !isProxyAddress(a)) : [v];
      ctx.addIssue({
        code: 'custom',
        message: `${bad.map((a) => JSON.stringify(a)).join(', ')} is not understood: it must be false, the number of proxies in front of Mend (1 for one), or their addresses or networks (10.0.0.1, 10.0.0.0/8, fd00::/8, …)`,
      });
    }),
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(30),
  SESSION_ABSOLUTE_HOURS: z.coerce.number().int().min(1).max(24 * 30).default(12),
  JOBS_POLL_MS: z.coerce.number().int().min(50).max(60_000).default(1000),
  REQUEST_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(600).default(30),
  STREAMS_PER_USER: z.coerce.number().int().min(1).max(100).default(8),
  DATA_DIR: z.string().default('data'),
  WEB_DIR: z.string().default('dist/web'),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/.+/, { message: 'must be smtp://user:pass@host:port or smtps://…' })
    .optional(),
  MAIL_FROM: z.string().min(3).default('Mend <no-reply@localhost>'),
});

/** Everything the server reads from its environment, validated once at boot. */
export interface Config {
  port: number;
  host: string;
  databaseUrl: string;
  secret: string;
  publicUrl: string;
  secureCookies: boolean;
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  /**
   * Which proxies' X-Forwarded-For to believe: false (none: the socket address is the
   * client), a hop count from the socket, or the proxies' addresses/CIDRs. Never "all", so a
   * forged leftmost entry cannot pick its own rate-limit bucket.
   */
  trustProxy: TrustProxy;
  sessionIdleMs: number;
  sessionAbsoluteMs: number;
  jobsPollMs: number;
  /** Longest a request may take to arrive in full (headers and body); slower ones get 408. */
  requestTimeoutMs: number;
  /** Most live event streams one person may hold open on one server process. */
  streamsPerUser: number;
  dataDir: string;
  webDir: string;
  /** Where email goes out (nodemailer URL); null: Mend sends no email. */
  smtpUrl: string | null;
  mailFrom: string;
}

/** How far X-Forwarded-For is believed (see Config.trustProxy). */
export type TrustProxy = false | number | string[];

/** An IP address (node:net isIP), or a network in CIDR form with a prefix its family allows. */
function isProxyAddress(entry: string): boolean {
  const [address = '', prefix, ...rest] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128);
}

/**
 * Parses TRUST_PROXY: `false`; `true` (kept for old setups: one proxy, the nearest hop); a hop
 * count; or a comma-separated list of proxy addresses and CIDRs. Null when it is none of these.
 */
export function parseTrustProxy(value: string): TrustProxy | null {
  if (value === '' || value === 'false' || value === '0') return false;
  if (value === 'true') return 1;
  if (/^\d{1,2}$/.test(value)) return Number(value);
  const list = value.split(',').map((v) => v.trim()).filter(Boolean);
  return list.length > 0 && list.every(isProxyAddress) ? list : null;
}

/** A bad environment value; main prints it and exits without a stack trace. */
export class ConfigError extends Error {}

/** Parses the environment; generates MEND_SECRET into the data folder on first start. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Mend cannot start: the environment has invalid values:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const dataDir = resolve(e.DATA_DIR);
  const publicUrl = (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, '');
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    secret: e.MEND_SECRET ?? readOrCreateSecret(dataDir),
    publicUrl,
    secureCookies: publicUrl.startsWith('https://'),
    logLevel: e.LOG_LEVEL,
    trustProxy: parseTrustProxy(e.TRUST_PROXY) ?? false,
    sessionIdleMs: e.SESSION_IDLE_MINUTES * 60_000,
    sessionAbsoluteMs: e.SESSION_ABSOLUTE_HOURS * 3_600_000,
    jobsPollMs: e.JOBS_POLL_MS,
    requestTimeoutMs: e.REQUEST_TIMEOUT_SECONDS * 1000,
    streamsPerUser: e.STREAMS_PER_USER,
    dataDir,
    webDir: resolve(e.WEB_DIR),
    smtpUrl: e.SMTP_URL ?? null,
    mailFrom: e.MAIL_FROM,
  };
}

function readOrCreateSecret(dataDir: string): string {
  const file = join(dataDir, 'secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dirname(file), { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  // 0600: the secret derives fake key parameters; only the server's user may read it.
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

/** A config for tests: no files touched, quiet logs. */
export function testConfig(overrides: Partial<Config> = {}): Config {
  return {
    port: 0,
    host: '127.0.0.1',
    databaseUrl: 'sqlite::memory:',
    secret: 'test-secret-test-secret-test-secret-0123456789',
    publicUrl: 'http://localhost:3000',
    secureCookies: false,
    logLevel: 'silent',
    trustProxy: false,
    sessionIdleMs: 30 * 60_000,
    sessionAbsoluteMs: 12 * 3_600_000,
    jobsPollMs: 100,
    requestTimeoutMs: 30_000,
    streamsPerUser: 8,
    dataDir: resolve('data'),
    webDir: resolve('dist/web'),
    smtpUrl: null,
    mailFrom: 'Mend <no-reply@localhost>',
    ...overrides,
  };
}
