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
  /** At most 50 (MAX_LISTED_PROBLEMS); `moreErrors` counts the problems left out. */
  errors?: FieldProblem[];
  moreErrors?: number;
  [extension: string]: unknown;
}
