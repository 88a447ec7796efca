// The parts of autocannon's API the benches use (the package ships no types).
declare module 'autocannon' {
  /** One request of a run's sequence. */
  export interface Request {
    method?: string;
    path?: string;
    headers?: Record<string, string>;
    body?: string;
    setupRequest?: (req: Record<string, unknown>) => Record<string, unknown>;
  }
  /** One load run's options. */
  export interface Options {
    url: string;
    connections?: number;
    duration?: number;
    amount?: number;
    method?: string;
    headers?: Record<string, string>;
    body?: string;
    requests?: Request[];
  }
  /** A distribution autocannon reports (ms for latency, per second for requests). */
  export interface Histogram {
    average: number;
    p50: number;
    p99: number;
    max: number;
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
