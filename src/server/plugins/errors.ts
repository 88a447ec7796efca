import fp from 'fastify-plugin';
import type { FastifyError } from 'fastify';
import type { ApiError } from '../../shared/api/common.js';
import { AppError } from '../lib/errors.js';

const FASTIFY_CODES: Record<string, { status: number; code: ApiError['error']['code']; message: string }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: { status: 400, code: 'invalid_json', message: 'The request body is not valid JSON.' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { status: 400, code: 'invalid_json', message: 'The request body is empty.' },
  FST_ERR_CTP_BODY_TOO_LARGE: { status: 413, code: 'payload_too_large', message: 'That is more than Mend accepts in one request.' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { status: 415, code: 'unsupported_media_type', message: 'Please send JSON (Content-Type: application/json).' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { status: 400, code: 'invalid_json', message: 'The request body length is wrong.' },
};

/** One error shape for every failure; a 500 carries only a request id, never internals. */
export const errorsPlugin = fp(
  (app) => {
    app.setErrorHandler((error: FastifyError, request, reply) => {
      const requestId = String(request.id);
      if (error instanceof AppError) {
        if (error.headers) void reply.headers(error.headers);
        const body: ApiError = { error: { code: error.code, message: error.message, ...(error.fields ? { fields: error.fields } : {}) }, requestId };
        return reply.status(error.status).send(body);
      }
      const known = error.code ? FASTIFY_CODES[error.code] : undefined;
      if (known) return reply.status(known.status).send({ error: { code: known.code, message: known.message }, requestId });
      if (error instanceof SyntaxError || error.code === 'FST_ERR_CTP_INVALID_JSON' || /prototype/i.test(error.message)) {
        return reply.status(400).send({ error: { code: 'invalid_json', message: 'The request body is not valid JSON.' }, requestId });
      }
      if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
        return reply.status(error.statusCode).send({ error: { code: 'validation_failed', message: 'That request could not be understood.' }, requestId });
      }
      // Only the error's class and message are logged; request bodies never reach the log.
      request.log.error({ err: { type: error.name, message: error.message, stack: error.stack } }, 'request failed');
      return reply.status(500).send({ error: { code: 'internal', message: "Something went wrong on our side. Your words are safe — please try again." }, requestId });
    });
  },
  { name: 'mend-errors' },
);
