import type { ErrorRequestHandler, RequestHandler } from 'express';
import {
  ForeignKeyConstraintViolationException, NotNullConstraintViolationException, OptimisticLockError,
  UniqueConstraintViolationException,
} from '@mikro-orm/core';
import type { Logger } from 'pino';
import type { ProblemDocument } from '../../common/problem.js';
import { ConflictError, DotsError, NotFoundError, TooManyRequestsError, ValidationError } from './errors.js';

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
      log.error({ err: error, requestId: req.id, path: req.route?.path }, 'request failed');
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

/** express.json() reports malformed or oversized bodies through `type`. */
function fromBodyParser(error: unknown): DotsError | undefined {
  const type = (error as { type?: string })?.type;
  if (type === 'entity.parse.failed') {
    return ValidationError.field('(body)', 'is not valid JSON');
  }
  if (type === 'entity.too.large') {
    return new DotsError(413, 'too_large', 'The request body is too large.');
  }
  if (type === 'encoding.unsupported' || type === 'charset.unsupported') {
    return new DotsError(415, 'unsupported_encoding', 'Send the body as UTF-8 JSON.');
  }
  return undefined;
}

function toProblem(error: DotsError | undefined, requestId: string): ProblemDocument {
  if (!error) {
    return {
      type: 'about:blank', title: TITLES[500]!, status: 500, code: 'internal',
      detail: `Something went wrong on our side. Quote request id ${requestId} when you report it.`,
      requestId,
    };
  }
  return {
    type: `urn:dots:problem:${error.code}`,
    title: TITLES[error.status] ?? 'Error',
    status: error.status,
    code: error.code,
    detail: error.message,
    ...(error.errors ? { errors: error.errors } : {}),
    ...error.extensions,
  };
}
