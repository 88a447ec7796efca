import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { freePort } from './ports.js';

/*
 * Several real Mend processes (src/server/main.ts) on one PostgreSQL database behind a real
 * nginx, as docs/OPERATIONS.md deploys them. Used by the cluster API test and bench/cluster.ts.
 */

/** Debian's nginx binary, or null when it is not installed. */
export function nginxBinary(): string | null {
  for (const candidate of ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/local/nginx/sbin/nginx']) {
    if (existsSync(candidate)) return candidate;
  }
  const which = spawnSync('sh', ['-c', 'command -v nginx'], { encoding: 'utf8' });
  return which.status === 0 && which.stdout.trim() ? which.stdout.trim() : null;
}

/** Where nginx connects to Mend from; a loopback address of its own, so Mend can tell it from the clients. */
export const NGINX_SOURCE_ADDRESS = '127.0.0.2';

/** Header the test config adds to every answer: the upstream (Mend process) that served it. */
export const UPSTREAM_HEADER = 'x-mend-upstream';

/** A running Mend process. */
export interface MendProcess {
  url: string;
  /** host:port, as nginx's $upstream_addr names it. */
  address: string;
  /** The operating system's process id (benches read its CPU time). */
  pid: number;
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/** The secret every process of one deployment shares (fake key parameters must agree). */
const SHARED_SECRET = 'cluster-test-secret-cluster-test-secret-0123';

/** Starts one Mend process on the database, trusting one proxy hop; resolves once it answers. */
export async function startMend(databaseUrl: string, env: Record<string, string> = {}): Promise<MendProcess> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'mend-proc-'));
  const child = spawn(process.execPath, ['--import', 'tsx', resolve('src/server/main.ts')], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dir,
      DATABASE_URL: databaseUrl,
      WEB_DIR: join(dir, 'no-web'),
      MEND_SECRET: SHARED_SECRET,
      TRUST_PROXY: '1',
      JOBS_POLL_MS: '50',
      LOG_LEVEL: 'warn',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  const exited = exitOf(child);
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`Mend exited at start (${child.exitCode}): ${stderr}`);
    const status = await fetch(`${url}/api/health`).then((r) => r.status, () => 0);
    if (status === 200) break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`Mend did not answer within 30 s: ${stderr}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    address: `127.0.0.1:${port}`,
    pid: child.pid ?? 0,
    stop: async (signal = 'SIGTERM') => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function exitOf(child: ChildProcess): Promise<void> {
  return new Promise((ok) => {
    if (child.exitCode !== null || child.signalCode !== null) ok();
    else child.once('exit', () => ok());
  });
}

/** Options of startNginx. */
export interface NginxOptions {
  /** Add the serving upstream to every answer (UPSTREAM_HEADER); tests only. */
  revealUpstream?: boolean;
}

/** nginx running in front of some Mend processes. */
export interface Nginx {
  url: string;
  /** The access log so far: one line per request, `client "request" status upstream`. */
  accessLog(): string;
  stop(): Promise<void>;
}

/**
 * The nginx configuration docs/OPERATIONS.md shows, for the given upstream addresses, in a
 * prefix directory of its own (logs, temp files and pid all inside it).
 */
export function nginxConfig(port: number, upstreams: string[], opts: NginxOptions = {}): string {
  return `worker_processes 1;
error_log logs/error.log warn;
events { worker_connections 2048; }
http {
  log_format upstreams '$remote_addr "$request" $status $upstream_addr';
  access_log logs/access.log upstreams;
  client_body_temp_path tmp/body;
  proxy_temp_path tmp/proxy;
  fastcgi_temp_path tmp/fastcgi;
  uwsgi_temp_path tmp/uwsgi;
  scgi_temp_path tmp/scgi;

  upstream mend {
${upstreams.map((u) => `    server ${u};`).join('\n')}
    keepalive 64;
  }

  server {
    listen 127.0.0.1:${port};
    client_max_body_size 2m;

    proxy_http_version 1.1;
    proxy_set_header Connection "";
    proxy_set_header Host $host;
    proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
    proxy_set_header X-Forwarded-Proto $scheme;
    # The test's own: nginx connects from an address of its own, unlike any client.
    proxy_bind ${NGINX_SOURCE_ADDRESS};
${opts.revealUpstream ? `    add_header X-Mend-Upstream $upstream_addr always;\n` : ''}
    location / {
      proxy_pass http://mend;
    }

    # Live events: unbuffered, and held open far longer than the 25-second heartbeat.
    location = /api/events {
      proxy_pass http://mend;
      proxy_buffering off;
      proxy_cache off;
      proxy_read_timeout 1h;
    }
  }
}
`;
}

/** Starts nginx (not as a daemon) in a temporary prefix, proxying round-robin to the upstreams. */
export async function startNginx(upstreams: string[], opts: NginxOptions = {}): Promise<Nginx> {
  const binary = nginxBinary();
  if (!binary) throw new Error('nginx is not installed');
  const port = await freePort();
  const prefix = mkdtempSync(join(tmpdir(), 'mend-nginx-'));
  // Workers run as an unprivileged user when started by root: they must reach the prefix.
  chmodSync(prefix, 0o755);
  for (const d of ['logs', 'tmp']) spawnSync('mkdir', ['-p', join(prefix, d)]);
  const conf = join(prefix, 'nginx.conf');
  writeFileSync(conf, nginxConfig(port, upstreams, opts));
  const child = spawn(binary, ['-p', `${prefix}/`, '-c', conf, '-g', `daemon off; pid ${join(prefix, 'nginx.pid')};`], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  const exited = exitOf(child);
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`nginx exited at start (${child.exitCode}): ${stderr}`);
    const status = await fetch(`${url}/api/health`).then((r) => r.status, () => 0);
    if (status === 200) break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`nginx did not answer within 10 s: ${stderr}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  const logFile = join(prefix, 'logs', 'access.log');
  return {
    url,
    accessLog: () => (existsSync(logFile) ? readFileSync(logFile, 'utf8') : ''),
    stop: async () => {
      // SIGTERM: nginx's fast shutdown; open event streams are cut, as they are on a restart.
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
      rmSync(prefix, { recursive: true, force: true });
    },
  };
}
