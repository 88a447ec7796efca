import type { FastifyInstance } from 'fastify';
import type { Transport } from '../../shared/client/index.js';

/** A client-library transport over app.inject(), with its own cookie jar: one per "device". */
export interface InjectTransport extends Transport {
  cookies: Map<string, string>;
  /** Raw request with this device's cookies, for tests that need full control. */
  raw(method: string, path: string, payload?: unknown, headers?: Record<string, string>): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string; json: unknown }>;
}

/** Builds a transport; `ip` lets tests act from different addresses. */
export function injectTransport(app: FastifyInstance, opts: { ip?: string; userAgent?: string } = {}): InjectTransport {
  const cookies = new Map<string, string>();

  function remember(setCookie: string | string[] | undefined) {
    for (const line of [setCookie ?? []].flat()) {
      const [pair, ...attrs] = line.split(';');
      const eq = pair?.indexOf('=') ?? -1;
      if (!pair || eq < 0) continue;
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      const expired = attrs.some((a) => /^\s*max-age=0\s*$/i.test(a) || (/^\s*expires=/i.test(a) && Date.parse(a.split('=')[1] ?? '') < Date.now()));
      if (expired || value === '') cookies.delete(name);
      else cookies.set(name, value);
    }
  }

  async function raw(method: string, path: string, payload?: unknown, headers: Record<string, string> = {}) {
    const cookie = [...cookies].map(([k, v]) => `${k}=${v}`).join('; ');
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
    remember(res.headers['set-cookie']);
    let json: unknown = undefined;
    try {
      json = res.body ? JSON.parse(res.body) : undefined;
    } catch {
      json = undefined;
    }
    return { status: res.statusCode, headers: res.headers, body: res.body, json };
  }

  return {
    cookies,
    raw,
    async request(method, path, body) {
      const res = await raw(method, path, body);
      const headers: Record<string, string> = {};
      for (const [k, v] of Object.entries(res.headers)) if (v !== undefined) headers[k] = Array.isArray(v) ? v.join(', ') : String(v);
      return { status: res.status, headers, body: res.json };
    },
  };
}
