import { ApiRequestError } from '../../shared/client/index.js';

/** The status and code a client call failed with ({status: 0, code: 'no error'} when it did not). */
export const errorOf = (p: Promise<unknown>): Promise<{ status: number; code: string }> =>
  p.then(
    () => ({ status: 0, code: 'no error' }),
    (e: unknown) => (e instanceof ApiRequestError ? { status: e.status, code: e.code } : { status: -1, code: String(e) }),
  );

/** Just the code of a failed client call. */
export const errorCode = async (p: Promise<unknown>): Promise<string> => (await errorOf(p)).code;
