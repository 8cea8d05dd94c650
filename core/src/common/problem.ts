/** One field-level problem in a validation error: `field` is a dotted path into the input. */
export interface FieldProblem {
  field: string;
  message: string;
}

/**
 * The body of every error answer (RFC 9457 `application/problem+json`).
 * `code` is stable and meant for programs; `title` and `detail` are for people.
 */
export interface ProblemDocument {
  type: string;
  title: string;
  status: number;
  code: string;
  detail?: string;
  errors?: FieldProblem[];
  [extension: string]: unknown;
}
