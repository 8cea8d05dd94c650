import type { ZodError } from 'zod';
import type { FieldProblem } from '../../common/problem.js';
import { ValidationError } from './errors.js';

/** The message of a field the body may not carry: refused, and audited as an attempt. */
export const UNKNOWN_FIELD = 'is not a field you can set here';

/** Turns zod issues into field problems; unknown keys become one problem per key. */
export function problemsOf(error: ZodError, prefix = ''): FieldProblem[] {
  return error.issues.flatMap((issue): FieldProblem[] => {
    const base = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');

    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        field: base ? `${base}.${key}` : key,
        message: UNKNOWN_FIELD,
      }));
    }
    return [{ field: base || prefix || '(body)', message: issue.message }];
  });
}

export function validationErrorOf(error: ZodError, prefix = ''): ValidationError {
  return new ValidationError(problemsOf(error, prefix));
}
