import type { ErrorCode } from '../../shared/api/common.js';

/** An expected failure with a status, a machine code and a message meant for people. */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly fields?: Record<string, string>,
    readonly headers?: Record<string, string>,
  ) {
    super(message);
  }
}

/** 404 that says nothing about whether the thing exists for someone else. */
export const notFound = (message = "We couldn't find that.") => new AppError(404, 'not_found', message);
