import { performance } from 'node:perf_hooks';
import { b64urlEncode, randomBytes } from '../src/shared/crypto/index.js';
import { createTestApp } from '../src/server/test/app.js';
import { rawSignupBody, signUp } from '../src/server/test/people.js';

/** p-th percentile of a list of numbers. */
const percentile = (xs: number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
};

interface Pair {
  name: string;
  existing: number[];
  unknown: number[];
}

/**
 * AUTH-07: sign-in, sign-up and key-params must answer an existing and an unknown email in
 * the same way and in similar time. Measures both through the real API (in process) and
 * fails when the medians differ by more than noise (30% or 3 ms); p95s are reported.
 */
export async function authTiming(rounds = 40): Promise<{ ok: boolean; results: Record<string, unknown>[] }> {
  const t = await createTestApp('sqlite');
  try {
    const people = [];
    for (let i = 0; i < rounds; i++) people.push(await signUp(t.app, `P${i}`));
    let ip = 0;
    const time = async (payload: object, url: string) => {
      const start = performance.now();
      const res = await t.app.inject({ method: 'POST', url, payload, remoteAddress: `203.0.113.${(ip++ % 250) + 1}` });
      const ms = performance.now() - start;
      if (res.statusCode >= 500 || res.statusCode === 429) throw new Error(`${url} answered ${res.statusCode}`);
      return ms;
    };
    const signupBody = (email: string) => rawSignupBody(email, 'Bench');
    const pairs: Pair[] = [
      { name: 'sign-in (wrong key)', existing: [], unknown: [] },
      { name: 'sign-up', existing: [], unknown: [] },
      { name: 'key-params', existing: [], unknown: [] },
    ];
    // Interleaved, so drift in machine load affects both sides alike.
    for (let i = 0; i < rounds; i++) {
      const wrong = { authKey: b64urlEncode(randomBytes(32)) };
      pairs[0]!.existing.push(await time({ email: people[i]!.email, ...wrong }, '/api/auth/signin'));
      pairs[0]!.unknown.push(await time({ email: `ghost${i}@example.org`, ...wrong }, '/api/auth/signin'));
      pairs[1]!.existing.push(await time(signupBody(people[i]!.email), '/api/auth/signup'));
      pairs[1]!.unknown.push(await time(signupBody(`new${i}@example.org`), '/api/auth/signup'));
      pairs[2]!.existing.push(await time({ email: people[i]!.email }, '/api/auth/key-params'));
      pairs[2]!.unknown.push(await time({ email: `ghost${i}@example.org` }, '/api/auth/key-params'));
    }
    let ok = true;
    const results = pairs.map((p) => {
      const e95 = percentile(p.existing, 95);
      const u95 = percentile(p.unknown, 95);
      const e50 = percentile(p.existing, 50);
      const u50 = percentile(p.unknown, 50);
      // "Within noise": medians within 30% or 3 ms of each other.
      const within = Math.abs(e50 - u50) <= Math.max(3, 0.3 * Math.max(e50, u50));
      ok &&= within;
      return { name: p.name, rounds, existingP50: +e50.toFixed(2), unknownP50: +u50.toFixed(2), existingP95: +e95.toFixed(2), unknownP95: +u95.toFixed(2), within };
    });
    return { ok, results };
  } finally {
    await t.close();
  }
}
