// The few parts of autocannon's API the benches use (it ships no types).
declare module 'autocannon' {
  /** One load run's options. */
  export interface Options {
    url: string;
    connections?: number;
    duration?: number;
    method?: string;
    headers?: Record<string, string>;
    body?: string;
  }
  /** A distribution autocannon reports (ms for latency, per second for requests). */
  export interface Histogram {
    average: number;
    p50: number;
    p99: number;
    total: number;
  }
  /** One run's results. */
  export interface Result {
    requests: Histogram;
    latency: Histogram;
    non2xx: number;
    errors: number;
    timeouts: number;
  }
  /** Runs one load test. */
  export default function autocannon(opts: Options): Promise<Result>;
}
