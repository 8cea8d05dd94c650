import type { FieldProblem } from '../../common/problem.js';
import { NotFoundError, ValidationError } from './errors.js';
import { UNKNOWN_FIELD } from './zod-problems.js';

/**
 * C0 control characters but tab, line feed and carriage return. No form or keyboard types them;
 * U+0000 makes SQLite fail and MySQL/MariaDB store it, so each would answer differently.
 * Also the bidirectional embeddings and overrides (U+202A to U+202E): they turn the text after
 * them around, so a name can be made to read as another one in every list. Right-to-left names
 * need none of them, and the isolates (U+2066 to U+2069) that editors insert stay allowed.
 */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u202A-\u202E]/u;

/** A key that sets an object's prototype instead of a field: zod's records drop it silently. */
const PROTOTYPE_KEY = '__proto__';

/**
 * Refuses, before any route code reads them, a query or JSON body that holds a text with a
 * control character anywhere (keys included), or a `__proto__` key: 400 naming each place, as
 * `query.team` or `fields.note`. Runs on every route, so no schema has to remember it.
 */
export function assertCleanInput(query: unknown, body: unknown): void {
  const problems = [...problemsIn(query, 'query'), ...problemsIn(body, '')];
  if (problems.length > 0) throw new ValidationError(problems);
}

/**
 * A path parameter the route reads itself (a plugin id, a role) never holds a control
 * character; one that does names nothing, so it answers like any unknown one.
 */
export function assertCleanPathParams(values: readonly string[]): void {
  if (values.some((value) => CONTROL.test(value))) throw new NotFoundError();
}

/**
 * Walks a parsed value breadth-first from a queue, not by recursion: a deeply nested body must
 * not overflow the stack.
 */
function problemsIn(root: unknown, rootPath: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const pending: Array<[unknown, string]> = [[root, rootPath]];

  for (let next = 0; next < pending.length; next++) {
    const [value, path] = pending[next]!;
    if (typeof value === 'string') {
      const found = CONTROL.exec(value);
      if (found) problems.push({ field: path || '(body)', message: controlMessage(found[0]) });
      continue;
    }
    if (value === null || typeof value !== 'object') continue;

    for (const [key, child] of Object.entries(value)) {
      const childPath = path ? `${path}.${printable(key)}` : printable(key);
      if (key === PROTOTYPE_KEY || CONTROL.test(key)) {
        problems.push({ field: childPath, message: UNKNOWN_FIELD });
        continue;
      }
      pending.push([child, childPath]);
    }
  }
  return problems;
}

function controlMessage(char: string): string {
  return `must not contain the control character ${codeOf(char)}`;
}

/** A key as a field path can show it: control characters written as `\u0000`. */
function printable(key: string): string {
  return key.replace(new RegExp(CONTROL.source, 'gu'), (char) => `\\u${hex(char)}`);
}

function codeOf(char: string): string {
  return `U+${hex(char)}`;
}

function hex(char: string): string {
  return char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
}
