import { createHash, createHmac, randomBytes, randomUUID } from 'node:crypto';

/** A new random id for any row. */
export const newId = (): string => randomUUID();

/** 32 random bytes as base64url: session, invite and recovery tokens (256 bits). */
export const newToken = (): string => randomBytes(32).toString('base64url');

/** Tokens are stored only as their SHA-256, so a database leak yields no usable token. */
export const hashToken = (token: string): string => createHash('sha256').update(token).digest('base64url');

/** Keyed hash for values derived from the server secret (fake key params, device ids). */
export const hmac = (secret: string, value: string): Buffer => createHmac('sha256', secret).update(value).digest();
