import type { FieldProblem } from '../../common/problem.js';

/**
 * Base of every error that the API turns into a problem+json answer.
 * The `code` is stable; the message is written for the person reading the answer.
 */
export class DotsError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly errors?: FieldProblem[],
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/**
 * Most field problems one answer lists; the answer says how many more there were in
 * `moreErrors`, so a body with thousands of wrong keys does not answer megabytes.
 */
export const MAX_LISTED_PROBLEMS = 50;

export class ValidationError extends DotsError {
  constructor(errors: FieldProblem[], message = ValidationError.summarise(errors)) {
    super(400, 'invalid_data', message, errors);
  }

  static field(field: string, message: string): ValidationError {
    return new ValidationError([{ field, message }]);
  }

  /** Up to three problems in one sentence, so a log line or a toast says enough. */
  private static summarise(errors: FieldProblem[]): string {
    const shown = errors.slice(0, 3).map((e) => `${e.field}: ${e.message}`);
    const more = errors.length > 3 ? ` (and ${errors.length - 3} more)` : '';
    return `The input is not valid. ${shown.join('; ')}${more}`;
  }
}

export class NotFoundError extends DotsError {
  constructor(what = 'resource') {
    super(404, 'not_found', `No ${what} with that id exists here.`);
  }
}

export class UnauthorizedError extends DotsError {
  constructor(message = 'Sign in first.', code = 'unauthorized') {
    super(401, code, message);
  }
}

export class ForbiddenError extends DotsError {
  constructor(message = 'Your role does not allow this.', code = 'forbidden') {
    super(403, code, message);
  }
}

export class ConflictError extends DotsError {
  constructor(message: string, code = 'conflict', extensions: Record<string, unknown> = {}) {
    super(409, code, message, undefined, extensions);
  }

  /** A write based on an old version of a record: the client must reload and redo it. */
  static staleVersion(what: string, currentVersion: number): ConflictError {
    return new ConflictError(
      `Someone else changed this ${what} since you opened it. ` +
        'Reload it and make your change again.',
      'stale_version',
      { currentVersion },
    );
  }
}

export class TooManyRequestsError extends DotsError {
  constructor(message: string, readonly retryAfterSeconds: number) {
    super(429, 'too_many_attempts', message, undefined, { retryAfterSeconds });
  }
}

export class ServiceUnavailableError extends DotsError {
  constructor(message: string, code = 'unavailable') {
    super(503, code, message);
  }
}
