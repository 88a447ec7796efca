import { apiErrorSchema } from '../api/common.js';

/** Codes the client adds to the API's own (ERROR_CODES) for failures that never reached, or came back oddly from, the server. */
export type ClientErrorCode = 'network' | 'bad_response' | 'signup_failed' | 'partner_key_changed';

/**
 * Any failed API call: `code` is the API's machine code (or a ClientErrorCode), `message`
 * is for people, `fields` maps form fields to messages. `status` is 0 when no HTTP answer
 * was involved (network failure, or a check the client made before sending).
 */
export class ApiRequestError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fields?: Record<string, string>;
  readonly requestId?: string;

  constructor(init: {
    status: number;
    code: string;
    message: string;
    fields?: Record<string, string> | undefined;
    requestId?: string | undefined;
    cause?: unknown;
  }) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.name = 'ApiRequestError';
    this.status = init.status;
    this.code = init.code;
    if (init.fields) this.fields = init.fields;
    if (init.requestId) this.requestId = init.requestId;
  }

  /** Build from an error response; an answer not in the API's error shape still gives a usable error. */
  static fromResponse(status: number, body: unknown): ApiRequestError {
    const parsed = apiErrorSchema.safeParse(body);
    if (parsed.success) {
      const { code, message, fields } = parsed.data.error;
      return new ApiRequestError({ status, code, message, fields, requestId: parsed.data.requestId });
    }
    return new ApiRequestError({
      status,
      code: 'bad_response',
      message:
        status >= 500 || status === 0
          ? 'Mend is having trouble right now. Please try again in a moment.'
          : 'Something went wrong. Please try again.',
    });
  }

  /** The request never got an answer (offline, DNS, refused connection). */
  static network(cause?: unknown): ApiRequestError {
    return new ApiRequestError({
      status: 0,
      code: 'network',
      message: "We couldn't reach Mend. Please check your connection and try again.",
      cause,
    });
  }

  /** A success status with a body that does not match the contract. */
  static badResponse(status: number): ApiRequestError {
    return new ApiRequestError({
      status,
      code: 'bad_response',
      message: 'Mend sent an answer this app did not understand. Please reload and try again.',
    });
  }
}

/** True for an ApiRequestError with the given code. */
export function isApiError(e: unknown, code?: string): e is ApiRequestError {
  return e instanceof ApiRequestError && (code === undefined || e.code === code);
}
