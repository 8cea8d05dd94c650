import type { FieldProblem, ProblemDocument } from '#common';

/**
 * A failed API call as the screens read it: the HTTP status, the stable `code` of the problem
 * document, its sentence for people, and the field problems keyed by field path.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly problems: FieldProblem[];
  readonly body: Partial<ProblemDocument>;

  constructor(status: number, body: Partial<ProblemDocument> | undefined) {
    super(body?.detail ?? body?.title ?? `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.code = body?.code ?? (status === 0 ? 'network' : 'unknown');
    this.problems = Array.isArray(body?.errors) ? body.errors : [];
    this.body = body ?? {};
  }

  /** The first message for each field, for showing under the input it belongs to. */
  fieldErrors(): Record<string, string> {
    const byField: Record<string, string> = {};
    for (const problem of this.problems) byField[problem.field] ??= problem.message;
    return byField;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/** The call got no answer: the browser is offline or the server cannot be reached. */
export function isNetworkFailure(error: unknown): boolean {
  return isApiError(error) && error.status === 0;
}
