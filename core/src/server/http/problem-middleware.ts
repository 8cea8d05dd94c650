import { STATUS_CODES } from 'node:http';
import type { ErrorRequestHandler, RequestHandler } from 'express';
import {
  ForeignKeyConstraintViolationException, NotNullConstraintViolationException, OptimisticLockError,
  UniqueConstraintViolationException,
} from '@mikro-orm/core';
import type { Logger } from 'pino';
import type { ProblemDocument } from '../../common/problem.js';
import {
  ConflictError, DotsError, MAX_LISTED_PROBLEMS, NotFoundError, TooManyRequestsError,
  ValidationError,
} from './errors.js';
import { loggableError } from './driver-error-log.js';

const TITLES: Record<number, string> = {
  400: 'Bad request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not found', 409: 'Conflict',
  413: 'Payload too large', 415: 'Unsupported media type', 428: 'Precondition required',
  429: 'Too many requests', 500: 'Internal server error', 503: 'Service unavailable',
};

/** Unknown /api paths answer 404 as problem+json, not with the web app. */
export const apiNotFound: RequestHandler = (_req, _res, next) => next(new NotFoundError('route'));

/**
 * The single place where errors become answers. Known errors keep their status and message; an
 * unknown error is logged with its stack and answers a generic 500 that reveals nothing.
 */
export function problemMiddleware(log: Logger): ErrorRequestHandler {
  return (error, req, res, _next) => {
    const known = toDotsError(error);
    if (!known) {
      const err = loggableError(error);
      log.error({ err, requestId: req.id, path: req.route?.path }, 'request failed');
    }
    const problem = toProblem(known, String(req.id ?? ''));

    if (known instanceof TooManyRequestsError) {
      res.setHeader('Retry-After', String(known.retryAfterSeconds));
    }
    res.status(problem.status).type('application/problem+json').json(problem);
  };
}

function toDotsError(error: unknown): DotsError | undefined {
  if (error instanceof DotsError) return error;
  if (error instanceof OptimisticLockError) {
    return new ConflictError(
      'Someone else changed this record since you opened it. Reload it and make your change again.',
      'stale_version',
    );
  }
  if (error instanceof UniqueConstraintViolationException) {
    return new ConflictError('A record with the same unique value already exists.', 'duplicate');
  }
  if (error instanceof ForeignKeyConstraintViolationException) {
    return new ConflictError(
      'This record is still used elsewhere, or it points at a record that does not exist.',
      'in_use',
    );
  }
  if (error instanceof NotNullConstraintViolationException) {
    return new ValidationError([{ field: '(body)', message: 'a required value is missing' }]);
  }
  return fromBodyParser(error);
}

/** Codes of the client errors other than 400 that reading a body can end in, by status. */
const BODY_CODES: Record<number, string> = {
  403: 'forbidden', 413: 'too_large', 415: 'unsupported_media_type',
};

/**
 * express.json() (body-parser) reports what is wrong with a body as an http-errors error: a
 * `type`, a 4xx `status` and `expose: true` when the client caused it. The known types get
 * their own words; any other such error answers its status, never a 500: a body that says it
 * is gzip but is not (400), an encoding we do not read (415), a length that does not match.
 */
function fromBodyParser(error: unknown): DotsError | undefined {
  const { type, status, statusCode, expose } = (error ?? {}) as {
    type?: unknown; status?: unknown; statusCode?: unknown; expose?: unknown;
  };
  if (type === 'entity.parse.failed') {
    return ValidationError.field('(body)', 'is not valid JSON');
  }
  if (type === 'entity.too.large') {
    return new DotsError(413, 'too_large', 'The request body is too large.');
  }
  if (type === 'charset.unsupported') {
    return new DotsError(415, 'unsupported_encoding', 'Send the body as UTF-8 JSON.');
  }
  if (type === 'encoding.unsupported') {
    return new DotsError(415, 'unsupported_encoding',
      'Send the body uncompressed, or with Content-Encoding gzip, deflate or br.');
  }

  const code = typeof status === 'number' ? status : statusCode;
  if (typeof code !== 'number' || code < 400 || code > 499 || expose !== true) return undefined;
  if (code === 400) {
    const message = 'could not be read: it does not match its Content-Encoding or Content-Length';
    return ValidationError.field('(body)', message);
  }
  return new DotsError(code, BODY_CODES[code] ?? 'bad_request',
    `The request was refused: ${STATUS_CODES[code] ?? 'client error'}.`);
}

function toProblem(error: DotsError | undefined, requestId: string): ProblemDocument {
  if (!error) {
    return {
      type: 'about:blank', title: TITLES[500]!, status: 500, code: 'internal',
      detail: `Something went wrong on our side. Quote request id ${requestId} when you report it.`,
      requestId,
    };
  }
  // A body with thousands of wrong keys would otherwise answer megabytes; the count says more.
  const errors = error.errors?.slice(0, MAX_LISTED_PROBLEMS);
  const moreErrors = (error.errors?.length ?? 0) - (errors?.length ?? 0);
  return {
    type: `urn:dots:problem:${error.code}`,
    title: TITLES[error.status] ?? STATUS_CODES[error.status] ?? 'Error',
    status: error.status,
    code: error.code,
    detail: error.message,
    ...(errors ? { errors } : {}),
    ...(moreErrors > 0 ? { moreErrors } : {}),
    ...error.extensions,
  };
}
