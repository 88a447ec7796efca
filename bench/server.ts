// The server benchmark (`npm run bench:server`): every throughput figure is a ratio to a bare
// Fastify "hello" measured in the same run, in alternating rounds (bare, Mend, bare, Mend…),
// because the machine is shared and its speed drifts. Servers run in their own processes on
// 127.0.0.1; autocannon drives them from this one. Results: bench/results/server.json.
import autocannon from 'autocannon';
import { fork, spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import type { TargetCommand } from './server-target.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 3);
const COUPLES = Number(process.env.BENCH_COUPLES ?? 10_000);
const SSE_COUNTS = (process.env.BENCH_SSE ?? '1000,5000,10000').split(',').map(Number);
const DIALECTS = (process.env.BENCH_DB ?? 'sqlite,postgres').split(',') as ('sqlite' | 'postgres')[];
const TARGET = fileURLToPath(new URL('./server-target.ts', import.meta.url));

/** A server process under test and its IPC. */
interface Target {
  child: ChildProcess;
  port: number;
  ready: Record<string, unknown>;
  ask<T>(cmd: TargetCommand): Promise<T>;
}

async function startTarget(args: string[]): Promise<Target> {
  const child = fork(TARGET, args, { execArgv: ['--import', 'tsx', '--expose-gc'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  // A crashed benchmark must not leave its servers running.
  process.once('exit', () => child.kill());
  const queue: ((m: Record<string, unknown>) => void)[] = [];
  let onReady: (m: Record<string, unknown>) => void = () => undefined;
  const ready = new Promise<Record<string, unknown>>((r) => (onReady = r));
  child.on('message', (m: Record<string, unknown>) => {
    if (m.error) throw new Error(`server under test: ${String(m.error)}`);
    if (m.ready) onReady(m);
    else queue.shift()?.(m);
  });
  child.on('exit', (code) => {
    if (code) throw new Error(`server under test exited with ${code}`);
  });
  const r = await ready;
  return {
    child,
    port: Number(r.port),
    ready: r,
    ask: <T>(cmd: TargetCommand) =>
      new Promise<T>((resolve) => {
        queue.push(resolve as (m: Record<string, unknown>) => void);
        child.send(cmd);
      }),
  };
}

async function stopTarget(t: Target): Promise<void> {
  const exited = new Promise((r) => t.child.once('exit', r));
  t.child.send({ op: 'close' } satisfies TargetCommand);
  await exited;
}

/** One autocannon run's figures. */
interface Run {
  rps: number;
  p50: number;
  p99: number;
  max: number;
  non2xx: number;
  errors: number;
  cpuPerReq: number;
}

type Options = Parameters<typeof autocannon>[0];

/** CPU time (user + system) a process has used, in ms; Linux clock ticks are 10 ms. */
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

// Server CPU per answer is steadier than answers per second on a loaded machine: waiting
// for a core stretches the run but not the work each request costs.
async function cannon(opts: Options, pid: number): Promise<Run> {
  const cpu0 = cpuMs(pid);
  const r = await autocannon({ duration: SECONDS, ...opts });
  const total = r.requests.total;
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, max: r.latency.max, non2xx: r.non2xx, errors: r.errors + r.timeouts, cpuPerReq: total ? (cpuMs(pid) - cpu0) / total : 0 };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) >> 1]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;

/** A scenario's result: Mend's medians over rounds, bare Fastify's in the same rounds, the ratio. */
interface Figure {
  rps: number;
  p50: number;
  p99: number;
  bareRps: number;
  ratio: number;
  cpuMs: number;
  cpuRatio: number;
  non2xx: number;
  errors: number;
}

/** Alternates bare and Mend rounds; `mendOpts(round)` may give each round fresh bodies. */
async function interleaved(bare: Target, mend: Target, connections: number, mendOpts: (round: number) => Promise<Options>): Promise<Figure> {
  const bares: Run[] = [];
  const mends: Run[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    bares.push(await cannon({ url: `http://127.0.0.1:${bare.port}/`, connections }, bare.child.pid!));
    mends.push(await cannon({ connections, ...(await mendOpts(r)) }, mend.child.pid!));
  }
  const rps = median(mends.map((m) => m.rps));
  const bareRps = median(bares.map((b) => b.rps));
  return {
    rps: round(rps, 0),
    p50: median(mends.map((m) => m.p50)),
    p99: median(mends.map((m) => m.p99)),
    bareRps: round(bareRps, 0),
    ratio: round(rps / bareRps, 3),
    // Server CPU per answer (ms), and bare Fastify's over Mend's: the share of bare's capacity.
    cpuMs: round(median(mends.map((m) => m.cpuPerReq)), 3),
    cpuRatio: round(median(bares.map((b) => b.cpuPerReq)) / median(mends.map((m) => m.cpuPerReq)), 3),
    non2xx: mends.reduce((s, m) => s + m.non2xx, 0),
    errors: mends.reduce((s, m) => s + m.errors, 0),
  };
}

function reads(bare: Target, mend: Target) {
  const base = `http://127.0.0.1:${mend.port}`;
  const cookie = (mend.ready.cookies as { ada: string }).ada;
  const headers = { cookie };
  return {
    me: () => interleaved(bare, mend, 50, async () => ({ url: `${base}/api/me`, headers })),
    list: () => interleaved(bare, mend, 50, async () => ({ url: `${base}/api/items?kind=${String(mend.ready.listKind)}`, headers })),
  };
}

/** Item creation with bodies built before each round (as many as the round can use). */
async function creates(bare: Target, mend: Target, connections: number): Promise<Figure> {
  const cookie = (mend.ready.cookies as { ada: string }).ada;
  const perRound = Number(process.env.BENCH_CREATES ?? 4000);
  return interleaved(bare, mend, connections, async () => {
    const { bodies } = await mend.ask<{ bodies: string[] }>({ op: 'bodies', n: perRound });
    let i = 0;
    return {
      url: `http://127.0.0.1:${mend.port}`,
      requests: [{ method: 'POST', path: '/api/items', headers: { cookie, 'content-type': 'application/json' }, setupRequest: (req: Record<string, unknown>) => ({ ...req, body: bodies[i++ % bodies.length] }) }],
    };
  });
}

/** Opens one idle event stream; resolves once its first event (hello) arrives. */
function openStream(port: number, cookie: string, onData?: (chunk: string) => void): Promise<http.ClientRequest> {
  return new Promise((resolve, reject) => {
    const req = http.get({ host: '127.0.0.1', port, path: '/api/events', headers: { cookie, accept: 'text/event-stream' }, agent: false }, (res) => {
      if (res.statusCode !== 200) return reject(new Error(`stream ${res.statusCode}`));
      res.setEncoding('utf8');
      let first = true;
      res.on('data', (chunk: string) => {
        if (first) {
          first = false;
          resolve(req);
        }
        onData?.(chunk);
      });
    });
    req.on('error', reject);
  });
}

async function rssOf(t: Target): Promise<number> {
  await t.ask({ op: 'gc' });
  await sleep(200);
  const status = readFileSync(`/proc/${t.child.pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024;
}

async function sse(mend: Target, tokens: string[]) {
  const { ben, ada } = mend.ready.cookies as { ada: string; ben: string };
  const out: Record<string, unknown> = {};
  const baseRss = await rssOf(mend);
  out.rssNoStreams = baseRss;
  const open: http.ClientRequest[] = [];
  // Ben's stream carries the fan-out; the rest are other people, idle.
  let waiting: (() => void) | null = null;
  open.push(await openStream(mend.port, ben, (chunk) => chunk.includes('items.changed') && waiting?.()));
  const memory: Record<string, { rss: number; perStreamKiB: number }> = {};
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  for (const n of SSE_COUNTS) {
    if (n > tokens.length + 1) break;
    while (open.length < n) {
      const batch = tokens.slice(open.length - 1, Math.min(n - 1, open.length - 1 + 200));
      open.push(...(await Promise.all(batch.map((t) => openStream(mend.port, `mend_session=${t}`)))));
    }
    const rss = await rssOf(mend);
    memory[n] = { rss, perStreamKiB: round((rss - baseRss) / n / 1024, 1) };
    console.log(`  ${n} idle streams: RSS ${round(rss / 2 ** 20, 0)} MiB`);
    if (n === 1000) {
      // Fan-out: Ada shares an item; the time until Ben's stream says so.
      const shares = (await mend.ask<{ shares: { path: string; body: string }[] }>({ op: 'shares', n: 200 })).shares;
      const lat: number[] = [];
      for (const s of shares) {
        const t0 = performance.now();
        const got = new Promise<void>((r) => (waiting = r));
        await new Promise<void>((resolve, reject) => {
          const req = http.request({ host: '127.0.0.1', port: mend.port, path: s.path, method: 'POST', agent, headers: { cookie: ada, 'content-type': 'application/json' } }, (res) => {
            res.resume();
            res.on('end', () => (res.statusCode === 200 ? resolve() : reject(new Error(`share ${res.statusCode}`))));
          });
          req.end(s.body);
        });
        await got;
        lat.push(performance.now() - t0);
        waiting = null;
      }
      lat.sort((a, b) => a - b);
      out.fanout = { streams: 1000, samples: lat.length, p50: round(lat[Math.floor(lat.length * 0.5)]!), p99: round(lat[Math.floor(lat.length * 0.99)]!) };
    }
  }
  out.memory = memory;
  // Per stream from the slope between the fewest and the most streams: the baseline alone
  // moves with garbage collection by more than a thousand streams weigh.
  const counts = Object.keys(memory).map(Number);
  if (counts.length > 1) {
    const lo = Math.min(...counts);
    const hi = Math.max(...counts);
    out.perStreamKiB = round((memory[hi]!.rss - memory[lo]!.rss) / (hi - lo) / 1024, 1);
  }
  agent.destroy();
  for (const r of open) r.destroy();
  await sleep(500);
  return out;
}

/** Time from spawning `node src/server/main.ts` to its first healthy answer, and its idle memory. */
async function startup(dbUrl: string) {
  const port = 20000 + Math.floor(Math.random() * 20000);
  const t0 = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('../src/server/main.ts', import.meta.url))], {
    env: { ...process.env, DATABASE_URL: dbUrl, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', MEND_SECRET: 'bench-secret-bench-secret-bench-secret-01' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  let ms = 0;
  for (;;) {
    const ok = await new Promise<boolean>((r) => {
      http.get({ host: '127.0.0.1', port, path: '/api/health' }, (res) => {
        res.resume();
        r(res.statusCode === 200);
      }).on('error', () => r(false));
    });
    if (ok) {
      ms = performance.now() - t0;
      break;
    }
    if (performance.now() - t0 > 60_000 || child.exitCode !== null) {
      child.kill();
      return { error: `Mend did not answer within 60 s. ${stderr.slice(0, 500)}` };
    }
    await sleep(10);
  }
  await sleep(2000);
  const rss = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? 0) * 1024;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await exited;
  return { toHealthyMs: round(ms, 0), idleRssMiB: round(rss / 2 ** 20, 0) };
}

const mib = (b: number) => round(b / 2 ** 20, 0);

export async function runServerBench(): Promise<boolean> {
  const results: Record<string, unknown> = { at: new Date().toISOString(), rounds: ROUNDS, secondsPerRound: SECONDS, loadavg: (await import('node:os')).loadavg() };
  // Start-up first, before the other scenarios leave garbage and load behind.
  const startFile = `/tmp/mend-bench-start-${process.pid}.db`;
  results.startup = { sqlite: await startup(`sqlite:${startFile}`) };
  for (const s of ['', '-wal', '-shm']) rmSync(startFile + s, { force: true });
  console.log('start-up', results.startup);
  if (process.env.BENCH_ONLY === 'startup') return true;
  const bare = await startTarget(['bare']);
  let ok = true;
  for (const dialect of DIALECTS) {
    console.log(`Mend on ${dialect}`);
    const mend = await startTarget(['mend', dialect]);
    const r = reads(bare, mend);
    const small = { me: await r.me(), list: await r.list() };
    console.table(small);
    if (process.env.BENCH_ONLY === 'small') {
      const create = { c10: await creates(bare, mend, 10), c50: await creates(bare, mend, 50) };
      console.table(create);
      results[dialect] = { small, create };
      await stopTarget(mend);
      continue;
    }
    const create = { c10: await creates(bare, mend, 10), c50: await creates(bare, mend, 50) };
    console.table(create);
    const { tokens } = await mend.ask<{ tokens: string[] }>({ op: 'seed', couples: COUPLES, itemsPerPerson: 5, sessions: Math.max(...SSE_COUNTS) });
    const large = { me: await r.me(), list: await r.list() };
    console.table(large);
    const streams = await sse(mend, tokens);
    console.log(streams);
    await stopTarget(mend);
    const p99Limit = dialect === 'sqlite' ? 10 : 25;
    const flat = (a: Figure, b: Figure) => b.p50 <= Math.max(a.p50 * 1.2, a.p50 + 1) && b.rps >= a.rps * 0.8;
    const mem10k = (streams.memory as Record<string, { rss: number }>)['10000']?.rss;
    const targets = {
      meRatio: small.me.ratio >= 0.4,
      listRatio: small.list.ratio >= 0.15,
      p99: small.me.p99 < p99Limit && small.list.p99 < p99Limit,
      ...(dialect === 'sqlite' ? { create: create.c50.rps >= 1500 || create.c10.rps >= 1500 } : {}),
      flatWithCouples: flat(small.me, large.me) && flat(small.list, large.list),
      sse10kUnderHalfGB: mem10k === undefined ? null : mem10k < 0.5 * 2 ** 30,
      fanoutP99: ((streams.fanout as { p99: number } | undefined)?.p99 ?? Infinity) < 50,
    };
    results[dialect] = { small, create, couples: COUPLES, large, sse: { ...streams, rssNoStreamsMiB: mib(streams.rssNoStreams as number) }, targets };
    if (Object.values(targets).some((v) => v === false)) ok = false;
  }
  await stopTarget(bare);
  writeFileSync(new URL(`./results/${process.env.BENCH_OUT ?? 'server.json'}`, import.meta.url), `${JSON.stringify(results, null, 2)}\n`);
  return ok;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const ok = await runServerBench();
  if (!ok) console.error('Some server targets are not met: see bench/results/server.json.');
  process.exit(ok ? 0 : 1);
}
