import { ApiRequestError } from './errors.js';

/** One HTTP answer, with lower-case header names and the JSON body parsed (null when empty). */
export interface TransportResponse {
  status: number;
  headers: Record<string, string>;
  body: unknown;
}

/** How MendClient talks HTTP; swap it for an in-process server (e.g. fastify.inject) in tests. */
export interface Transport {
  request(method: string, path: string, body?: unknown): Promise<TransportResponse>;
}

/** A minimal cookie jar for Node: remembers name=value from Set-Cookie and sends it back. */
export interface CookieJar {
  /** Take in the Set-Cookie header values of one response. */
  store(setCookieHeaders: readonly string[]): void;
  /** The Cookie header to send, or undefined when the jar is empty. */
  header(): string | undefined;
  /** Current cookies, for tests and debugging. */
  entries(): [string, string][];
  clear(): void;
}

/**
 * A cookie jar for one server. Attributes (Path, Domain, Secure, SameSite) are ignored on
 * purpose: the jar belongs to one transport and one base URL. A cookie is removed when the
 * server expires it (Max-Age ≤ 0, Expires in the past, or an empty value), as sign-out does.
 */
export function createCookieJar(now: () => number = Date.now): CookieJar {
  const jar = new Map<string, string>();
  return {
    store(headers) {
      for (const line of headers) {
        const [pair = '', ...attrs] = line.split(';');
        const eq = pair.indexOf('=');
        if (eq <= 0) continue;
        const name = pair.slice(0, eq).trim();
        const value = pair.slice(eq + 1).trim();
        if (!name) continue;
        let expired = value === '';
        for (const attr of attrs) {
          const aeq = attr.indexOf('=');
          const key = (aeq < 0 ? attr : attr.slice(0, aeq)).trim().toLowerCase();
          const val = aeq < 0 ? '' : attr.slice(aeq + 1).trim();
          if (key === 'max-age' && /^-?\d+$/.test(val) && Number(val) <= 0) expired = true;
          if (key === 'expires') {
            const t = Date.parse(val);
            if (!Number.isNaN(t) && t <= now()) expired = true;
          }
        }
        if (expired) jar.delete(name);
        else jar.set(name, value);
      }
    },
    header() {
      if (jar.size === 0) return undefined;
      return [...jar].map(([n, v]) => `${n}=${v}`).join('; ');
    },
    entries() {
      return [...jar];
    },
    clear() {
      jar.clear();
    },
  };
}

/** Options of fetchTransport. */
export interface FetchTransportOptions {
  /** Origin of the Mend server, e.g. http://127.0.0.1:3000; empty (same origin) in the browser. */
  baseUrl?: string;
  /** A fetch implementation; defaults to globalThis.fetch. */
  fetch?: typeof fetch;
  /** Keep a cookie jar in memory (Node, CLI, tests). Browsers manage cookies themselves. */
  cookies?: boolean;
  /** Extra headers on every request (e.g. User-Agent or Origin for a CLI). */
  headers?: Record<string, string>;
}

/** The cookie jar of a transport made with cookies:true, for tests and tools. */
export const cookieJarOf = new WeakMap<Transport, CookieJar>();

/**
 * Transport over fetch: JSON in and out, `Content-Type: application/json` only when there is
 * a body, same-origin credentials in the browser, an in-memory cookie jar in Node when asked.
 * A request that gets no answer throws ApiRequestError with code 'network'.
 */
export function fetchTransport(opts: FetchTransportOptions = {}): Transport {
  const baseUrl = (opts.baseUrl ?? '').replace(/\/+$/, '');
  const doFetch = opts.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => globalThis.fetch(input, init));
  const jar = opts.cookies ? createCookieJar() : undefined;

  const transport: Transport = {
    async request(method, path, body) {
      const headers: Record<string, string> = { Accept: 'application/json', ...opts.headers };
      const init: RequestInit = { method: method.toUpperCase(), headers, credentials: 'same-origin', redirect: 'error' };
      if (body !== undefined) {
        headers['Content-Type'] = 'application/json';
        init.body = JSON.stringify(body);
      }
      const cookie = jar?.header();
      if (cookie) headers['Cookie'] = cookie;

      let res: Response;
      let text: string;
      try {
        res = await doFetch(baseUrl + path, init);
        text = await res.text();
      } catch (e) {
        throw ApiRequestError.network(e);
      }

      if (jar) {
        const setCookies = typeof res.headers.getSetCookie === 'function' ? res.headers.getSetCookie() : [];
        jar.store(setCookies);
      }
      const outHeaders: Record<string, string> = {};
      res.headers.forEach((value, key) => {
        outHeaders[key.toLowerCase()] = value;
      });

      let parsed: unknown = null;
      if (text.length > 0) {
        try {
          parsed = JSON.parse(text);
        } catch {
          parsed = text;
        }
      }
      return { status: res.status, headers: outHeaders, body: parsed };
    },
  };
  if (jar) cookieJarOf.set(transport, jar);
  return transport;
}
