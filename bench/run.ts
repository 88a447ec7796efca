import { writeFileSync } from 'node:fs';
import { authTiming } from './auth-timing.js';

// Benchmarks write their figures to bench/results/ and exit non-zero when a target is missed.
const { ok, results } = await authTiming();
console.table(results);
writeFileSync(new URL('./results/auth-timing.json', import.meta.url), `${JSON.stringify({ at: new Date().toISOString(), results }, null, 2)}\n`);
if (!ok) {
  console.error('AUTH-07: existing and unknown emails are answered in noticeably different time.');
  process.exit(1);
}

// APOLOGY-PERF: the apology coach runs as the person types; p95 under 5 ms for 300 words.
const { runApologyBench } = await import('./apology.js');
if (!runApologyBench()) process.exit(1);

const { runApologyBrowserBench } = await import('./apology-browser.js');
if (!(await runApologyBrowserBench())) process.exit(1);

// The server against a bare Fastify in the same run: throughput, latency, streams, start-up.
const { runServerBench } = await import('./server.js');
if (!(await runServerBench())) process.exit(1);
