import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import autocannon, { type Options } from 'autocannon';
import pg from 'pg';
import { cookieJarOf, fetchTransport, MendClient } from '../src/shared/client/index.js';
import { TEST_KDF } from '../src/shared/crypto/index.js';
import { nginxBinary, startMend, startNginx, UPSTREAM_HEADER, type MendProcess, type Nginx } from '../src/server/test/cluster.js';
import { createTestDatabase, type TestDatabase } from '../src/server/test/databases.js';
import { openEventStream, type EventStream } from '../src/server/test/sse.js';

/*
 * Several Mend processes on one PostgreSQL database behind nginx (bench:cluster):
 * - throughput of an authenticated read (GET /api/me) and of a write that publishes an event
 *   (PATCH /api/me: the partner hears couple.changed) with 1, 2 and 3 processes, in
 *   interleaved rounds so drifting machine load touches every configuration alike;
 * - fan-out latency on the LISTEN/NOTIFY bus during those runs: from sending a write to the
 *   partner's stream, held on another process, receiving its event;
 * - what PostgreSQL's NOTIFY alone delivers per second on this machine, to compare with the
 *   rate the writes need.
 */

const ROUNDS = Number(process.env.ROUNDS ?? 3);
const SECONDS = Number(process.env.SECONDS ?? 4);
const CONNECTIONS = Number(process.env.CONNECTIONS ?? 16);
const SIZES = [1, 2, 3] as const;

/** p-th percentile (nearest rank) of a list; NaN when empty. */
const percentile = (xs: number[], p: number): number => {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
};
const median = (xs: number[]) => percentile(xs, 50);
const round1 = (x: number) => Math.round(x * 10) / 10;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function person(baseUrl: string, name: string) {
  const transport = fetchTransport({ baseUrl, cookies: true });
  const client = new MendClient(transport, { signupKdf: TEST_KDF, allowWeakKdf: true });
  await client.signup({ email: `${name.toLowerCase()}.${Date.now()}@example.org`, password: 'a long private passphrase', displayName: name, timeZone: 'Europe/Warsaw' });
  return { client, cookie: cookieJarOf.get(transport)?.header() ?? '' };
}

async function couple(baseUrl: string, a: string, b: string) {
  const one = await person(baseUrl, a);
  const two = await person(baseUrl, b);
  await one.client.startCouple();
  await two.client.join((await one.client.createInvite()).token);
  return [one, two] as const;
}

/** One fan-out sample: a write's round trip, and when the partner's stream heard its event. */
interface Sample {
  writeMs: number;
  eventMs: number;
  /** The write was served by another process than the one holding the stream. */
  crossed: boolean;
}

/**
 * Until `stopAt`: Ada renames herself (one request), and Ben's stream hears couple.changed.
 * Sequential, with a short pause, so each event belongs to one write.
 */
async function sampleFanOut(proxy: Nginx, adaCookie: string, benCookie: string, stopAt: number): Promise<Sample[]> {
  let heard: ((at: number) => void) | null = null;
  const stream: EventStream = await openEventStream(proxy.url, benCookie, (event) => {
    if (event.type === 'couple.changed') heard?.(performance.now());
  });
  const streamOn = stream.headers.get(UPSTREAM_HEADER);
  const samples: Sample[] = [];
  try {
    await stream.waitFor('hello');
    for (let i = 0; Date.now() < stopAt; i++) {
      const event = new Promise<number>((ok, fail) => {
        const timer = setTimeout(() => fail(new Error('no couple.changed within 10 s')), 10_000);
        heard = (at) => {
          clearTimeout(timer);
          ok(at);
        };
      });
      const t0 = performance.now();
      const res = await fetch(`${proxy.url}/api/me`, {
        method: 'PATCH',
        headers: { cookie: adaCookie, 'content-type': 'application/json' },
        body: JSON.stringify({ displayName: `Ada ${i}` }),
      });
      await res.arrayBuffer();
      const t1 = performance.now();
      if (res.status !== 200) throw new Error(`PATCH /api/me answered ${res.status}`);
      const at = await event;
      heard = null;
      samples.push({ writeMs: t1 - t0, eventMs: at - t0, crossed: res.headers.get(UPSTREAM_HEADER) !== streamOn });
      await sleep(50);
    }
  } finally {
    stream.close();
  }
  return samples;
}

/** CPU seconds (user + system) a process has used so far; Linux only (0 elsewhere). */
function cpuSeconds(pid: number): number {
  try {
    // Fields after the command name: utime and stime are the 12th and 13th, in clock ticks (100 Hz).
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}

/** The machine's CPU counters (all cores): idle and total ticks; Linux only. */
function machineTicks(): { idle: number; total: number } {
  try {
    const cpu = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.split(/\s+/).slice(1).map(Number);
    return { idle: (cpu[3] ?? 0) + (cpu[4] ?? 0), total: cpu.reduce((a, b) => a + b, 0) };
  } catch {
    return { idle: 0, total: 0 };
  }
}

/** One load run through a proxy, with fan-out sampled alongside and the Mend processes' CPU use. */
async function run(proxy: Nginx, load: Options, ada: string, ben: string, processes: MendProcess[]) {
  const stopAt = Date.now() + SECONDS * 1000;
  const cpuBefore = processes.map((p) => cpuSeconds(p.pid));
  const machineBefore = machineTicks();
  const selfBefore = process.cpuUsage();
  const t0 = performance.now();
  const [result, samples] = await Promise.all([autocannon({ ...load, url: `${proxy.url}${load.url}`, connections: CONNECTIONS, duration: SECONDS }), sampleFanOut(proxy, ada, ben, stopAt)]);
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${load.method ?? 'GET'} ${load.url}: ${result.non2xx} non-2xx answers, ${result.errors} errors`);
  const seconds = (performance.now() - t0) / 1000;
  // Cores' worth of CPU all Mend processes used during the run: under 2 means the machine, not Mend, was the limit.
  const mendCores = processes.reduce((sum, p, i) => sum + (cpuSeconds(p.pid) - cpuBefore[i]!), 0) / seconds;
  const machineAfter = machineTicks();
  const total = machineAfter.total - machineBefore.total;
  // Cores left idle during the run (0: the machine was saturated).
  const idleCores = total > 0 ? ((machineAfter.idle - machineBefore.idle) / total) * cpus().length : Number.NaN;
  const self = process.cpuUsage(selfBefore);
  // The load generator (autocannon and the sampler) shares the machine too.
  const loadCores = (self.user + self.system) / 1e6 / seconds;
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, samples, mendCores, idleCores, loadCores };
}

/** How many notifications per second PostgreSQL delivers to one listener, with 8 publishers. */
async function notifyCapacity(url: string, count = 4000) {
  const listener = new pg.Client({ connectionString: url });
  await listener.connect();
  await listener.query('LISTEN bench_capacity');
  const pool = new pg.Pool({ connectionString: url, max: 8 });
  // About the size of a real bus message.
  const payload = JSON.stringify({ userIds: ['0193a1c2-7d4e-7abc-8def-0123456789ab'], event: { type: 'couple.changed' } });
  let got = 0;
  const all = new Promise<void>((ok) =>
    listener.on('notification', () => {
      if (++got === count) ok();
    }),
  );
  const t0 = performance.now();
  let sent = 0;
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      while (sent < count) {
        sent++;
        await pool.query('select pg_notify($1, $2)', ['bench_capacity', payload]);
      }
    }),
  );
  await all;
  const seconds = (performance.now() - t0) / 1000;
  await pool.end();
  await listener.end();
  return Math.round(count / seconds);
}

async function main(): Promise<void> {
  if (!nginxBinary()) {
    console.error('bench:cluster needs nginx (apt-get install nginx-light).');
    process.exit(1);
  }
  let database: TestDatabase | undefined;
  const processes: MendProcess[] = [];
  const proxies: Nginx[] = [];
  try {
    database = await createTestDatabase('postgres');
    // Every process runs in every configuration: an idle one costs nothing, and all see the same machine.
    processes.push(...(await Promise.all(SIZES.map(() => startMend(database!.url, { JOBS_POLL_MS: '1000' })))));
    for (const n of SIZES) proxies.push(await startNginx(processes.slice(0, n).map((p) => p.address), { revealUpstream: true }));
    const all = proxies.at(-1)!;
    const [ada, ben] = await couple(all.url, 'Ada', 'Ben');
    const [cy, dee] = await couple(all.url, 'Cy', 'Dee');
    // Dee listens on every process, so each of Cy's writes is delivered to a live stream.
    const deeStreams = await Promise.all(SIZES.map(() => openEventStream(all.url, dee.cookie)));

    const idle = await sampleFanOut(all, ada.cookie, ben.cookie, Date.now() + 3000);
    const read: Options = { url: '/api/me', headers: { cookie: cy.cookie } };
    const write: Options = { url: '/api/me', method: 'PATCH', headers: { cookie: cy.cookie, 'content-type': 'application/json' }, body: JSON.stringify({ displayName: 'Cy' }) };
    type Runs = { rps: number[]; p50: number[]; p99: number[]; mendCores: number[]; idleCores: number[]; loadCores: number[]; samples: Sample[] };
    const empty = (): Runs => ({ rps: [], p50: [], p99: [], mendCores: [], idleCores: [], loadCores: [], samples: [] });
    // Warm every process and proxy (JIT, connection pools) before anything is measured.
    for (const proxy of proxies) await autocannon({ ...read, url: `${proxy.url}${read.url}`, connections: CONNECTIONS, duration: 2 });
    const results = new Map(SIZES.map((n) => [n, { read: empty(), write: empty() }]));
    for (let r = 0; r < ROUNDS; r++) {
      // Rotate the order each round.
      const order = SIZES.map((_, i) => SIZES[(i + r) % SIZES.length]!);
      for (const n of order) {
        for (const kind of ['read', 'write'] as const) {
          const out = await run(proxies[n - 1]!, kind === 'read' ? read : write, ada.cookie, ben.cookie, processes);
          const into = results.get(n)![kind];
          into.rps.push(out.rps);
          into.p50.push(out.p50);
          into.p99.push(out.p99);
          into.mendCores.push(out.mendCores);
          into.idleCores.push(out.idleCores);
          into.loadCores.push(out.loadCores);
          into.samples.push(...out.samples);
          console.log(`round ${r + 1}, ${n} process${n > 1 ? 'es' : ''}, ${kind}: ${Math.round(out.rps)} req/s, Mend used ${round1(out.mendCores)} cores, load generator ${round1(out.loadCores)}, idle ${round1(out.idleCores)}, fan-out p50 ${round1(median(out.samples.map((s) => s.eventMs)))} ms, load ${round1(loadavg()[0]!)}`);
          await sleep(500);
        }
      }
    }
    for (const s of deeStreams) s.close();
    const capacity = await notifyCapacity(database.url);

    const summary = (runs: Runs, n: number) => {
      // With one process every write and stream share it; otherwise only writes served elsewhere count.
      const fan = runs.samples.filter((s) => n === 1 || s.crossed);
      return {
        rpsMedian: Math.round(median(runs.rps)),
        rpsRounds: runs.rps.map(Math.round),
        latencyP50Ms: round1(median(runs.p50)),
        latencyP99Ms: round1(median(runs.p99)),
        mendCoresMedian: round1(median(runs.mendCores)),
        loadGeneratorCoresMedian: round1(median(runs.loadCores)),
        idleCoresMedian: round1(median(runs.idleCores)),
        fanOut: { samples: fan.length, p50Ms: round1(percentile(fan.map((s) => s.eventMs), 50)), p99Ms: round1(percentile(fan.map((s) => s.eventMs), 99)), writeP50Ms: round1(percentile(fan.map((s) => s.writeMs), 50)) },
      };
    };
    const table = SIZES.map((n) => ({ processes: n, read: summary(results.get(n)!.read, n), write: summary(results.get(n)!.write, n) }));
    const idleCrossed = idle.filter((s) => s.crossed);
    const out = {
      at: new Date().toISOString(),
      machine: { cores: cpus().length, loadAverageAtEnd: loadavg().map(round1) },
      settings: { rounds: ROUNDS, secondsPerRun: SECONDS, connections: CONNECTIONS, read: 'GET /api/me', write: 'PATCH /api/me (one NOTIFY each)' },
      idleFanOut: { samples: idleCrossed.length, p50Ms: round1(percentile(idleCrossed.map((s) => s.eventMs), 50)), p99Ms: round1(percentile(idleCrossed.map((s) => s.eventMs), 99)) },
      configurations: table,
      notifyCapacityPerSecond: capacity,
    };
    writeFileSync(new URL('./results/cluster.json', import.meta.url), `${JSON.stringify(out, null, 2)}\n`);
    console.table(
      table.map((t) => ({
        processes: t.processes,
        'read req/s': t.read.rpsMedian,
        'read p99 ms': t.read.latencyP99Ms,
        'Mend cores (read)': t.read.mendCoresMedian,
        'idle cores (read)': t.read.idleCoresMedian,
        'fan-out p50/p99 (read load)': `${t.read.fanOut.p50Ms} / ${t.read.fanOut.p99Ms}`,
        'write req/s': t.write.rpsMedian,
        'fan-out p50/p99 (write load)': `${t.write.fanOut.p50Ms} / ${t.write.fanOut.p99Ms}`,
      })),
    );
    console.log(`idle fan-out p50 ${out.idleFanOut.p50Ms} ms; NOTIFY alone: ${capacity} notifications/s`);
  } finally {
    for (const p of proxies) await p.stop();
    await Promise.all(processes.map((p) => p.stop()));
    await database?.drop();
  }
}

await main();
