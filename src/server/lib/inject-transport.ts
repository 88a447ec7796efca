import type { FastifyInstance } from 'fastify';
import { createCookieJar, type CookieJar, type Transport } from '../../shared/client/index.js';

/** The answer to a raw injected request. */
export interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
  json: unknown;
}

/** A client-library transport over app.inject(), with its own cookie jar: one per "device". */
export interface InjectTransport extends Transport {
  cookies: CookieJar;
  /** A request with this device's cookies, for tests that need full control. */
  raw(method: string, path: string, payload?: unknown, headers?: Record<string, string>): Promise<RawResponse>;
}

/** Builds an in-process transport (CLI and tests); `ip` lets tests act from different addresses. */
export function injectTransport(app: FastifyInstance, opts: { ip?: string; userAgent?: string } = {}): InjectTransport {
  const cookies = createCookieJar();

  async function raw(method: string, path: string, payload?: unknown, headers: Record<string, string> = {}): Promise<RawResponse> {
    const cookie = cookies.header();
    const res = await app.inject({
      method: method as 'GET',
      url: path,
      remoteAddress: opts.ip ?? '127.0.0.1',
      headers: {
        'user-agent': opts.userAgent ?? 'Mozilla/5.0 (X11; Linux x86_64) Chrome/156.0 Safari/537.36',
        ...(cookie ? { cookie } : {}),
        ...(payload !== undefined ? { 'content-type': 'application/json' } : {}),
        ...headers,
      },
      ...(payload !== undefined ? { payload: typeof payload === 'string' ? payload : JSON.stringify(payload) } : {}),
    });
    const setCookie = res.headers['set-cookie'];
    cookies.store(setCookie === undefined ? [] : [setCookie].flat().map(String));
    const flat: Record<string, string> = {};
    for (const [k, v] of Object.entries(res.headers)) if (v !== undefined) flat[k] = Array.isArray(v) ? v.join(', ') : String(v);
    let json: unknown = null;
    try {
      json = res.body ? (JSON.parse(res.body) as unknown) : null;
    } catch {
      json = null;
    }
    return { status: res.statusCode, headers: flat, body: res.body, json };
  }

  return {
    cookies,
    raw,
    async request(method, path, body) {
      const res = await raw(method, path, body);
      return { status: res.status, headers: res.headers, body: res.json };
    },
  };
}
