import cookie from '@fastify/cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Config } from '../config.js';
import { findLiveSession, touchSession, type SessionRecord } from '../features/sessions/sessions.repo.js';
import { AppError } from '../lib/errors.js';
import { newToken } from '../lib/tokens.js';

/** Who is asking: set by `app.authenticate` on protected routes. */
export interface AuthContext {
  userId: string;
  session: SessionRecord;
}

declare module 'fastify' {
  interface FastifyRequest {
    auth: AuthContext | null;
  }
  interface FastifyInstance {
    /** onRequest hook for routes that need a signed-in person; answers 401 otherwise. */
    authenticate: (request: FastifyRequest) => Promise<void>;
    /** Like authenticate, but does not count as activity (live event streams). */
    authenticateQuietly: (request: FastifyRequest) => Promise<void>;
  }
}

/** The session cookie's name: `__Host-` bound to the exact origin when served over https. */
export const sessionCookieName = (config: Config): string => (config.secureCookies ? '__Host-mend_session' : 'mend_session');
const deviceCookieName = (config: Config): string => (config.secureCookies ? '__Host-mend_device' : 'mend_device');

// Writing last_seen on every request would make reads into writes; a minute is fine-grained enough.
const TOUCH_EVERY_MS = 60_000;

/** Sets the session cookie on a reply. */
export function setSessionCookie(reply: FastifyReply, config: Config, token: string, absoluteExpiresAt: string): void {
  void reply.setCookie(sessionCookieName(config), token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: config.secureCookies,
    path: '/',
    expires: new Date(absoluteExpiresAt),
  });
}

/** Clears the session cookie. */
export function clearSessionCookie(reply: FastifyReply, config: Config): void {
  void reply.clearCookie(sessionCookieName(config), { path: '/', httpOnly: true, sameSite: 'lax', secure: config.secureCookies });
}

/**
 * A random, long-lived id for this browser. It is not a credential: it only lets failed
 * sign-ins from other devices be counted apart, so nobody can lock a person out of the
 * device they normally use (docs/ARCHITECTURE.md, "Rate limits").
 */
export function deviceId(request: FastifyRequest, reply: FastifyReply, config: Config): string {
  const name = deviceCookieName(config);
  const existing = request.cookies[name];
  if (existing && /^[A-Za-z0-9_-]{43}$/.test(existing)) return existing;
  const id = newToken();
  void reply.setCookie(name, id, { httpOnly: true, sameSite: 'lax', secure: config.secureCookies, path: '/', maxAge: 400 * 86_400 });
  return id;
}

const unauthorized = () => new AppError(401, 'unauthorized', 'Please sign in again.');

/** Cookie parsing and session lookup. */
export const authPlugin = fp(
  async (app) => {
    await app.register(cookie);
    app.decorateRequest('auth', null);
    const { config } = app;

    async function resolve(request: FastifyRequest, touch: boolean): Promise<void> {
      const token = request.cookies[sessionCookieName(config)];
      if (!token || token.length > 100) throw unauthorized();
      const now = app.clock.now();
      let session = await findLiveSession(app.dbh.db, token, now);
      if (!session) throw unauthorized();
      if (touch && now.getTime() - Date.parse(session.lastSeenAt) > TOUCH_EVERY_MS) {
        session = await touchSession(app.dbh.db, session, now, config.sessionIdleMs);
      }
      request.auth = { userId: session.userId, session };
    }
    app.decorate('authenticate', (request: FastifyRequest) => resolve(request, true));
    app.decorate('authenticateQuietly', (request: FastifyRequest) => resolve(request, false));
  },
  { name: 'mend-auth', dependencies: ['mend-errors'] },
);

/** The authenticated context; only call on routes behind `app.authenticate`. */
export function authOf(request: FastifyRequest): AuthContext {
  if (!request.auth) throw unauthorized();
  return request.auth;
}
