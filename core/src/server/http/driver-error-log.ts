import { DriverException } from '@mikro-orm/core';

/** What the log keeps of a database error: enough to find the statement, none of its values. */
export interface LoggedDatabaseError {
  type: string;
  message: string;
  code?: string | number;
  errno?: number;
  sqlState?: string;
  sql?: string;
  sqlMessage?: string;
  stack: string;
}

/**
 * Literals of a SQL text: quoted strings (doubled quotes or backslashes escape inside; an
 * unterminated one runs to the end, as in a statement cut short), numbers and booleans that
 * stand alone, not the digits of a name such as `t0` or `person_2`.
 */
const STRING_LITERAL = /'(?:[^'\\]|\\[\s\S]|'')*(?:'|$)|"(?:[^"\\]|\\[\s\S]|"")*(?:"|$)/g;
const NUMBER_LITERAL =
  /(?<![\w$.`])(?:0x[0-9a-f]+|\d+(?:\.\d+)?(?:e[-+]?\d+)?|true|false)(?![\w$`])/gi;

/** A SQL text with every literal value replaced by `?`; identifiers, keywords and null stay. */
export function redactSqlLiterals(sql: string): string {
  return sql.replace(STRING_LITERAL, '?').replace(NUMBER_LITERAL, '?');
}

/**
 * The error as a log line may hold it. MikroORM inlines the values into the statement before
 * it runs, and the driver's message repeats that statement (and MySQL's names a duplicate
 * value), so a failed insert would log a name or a password hash. A database error, or an error
 * caused by one, is therefore logged by its name, codes and its messages with every literal
 * replaced; any other error as it is.
 */
export function loggableError(error: unknown): unknown {
  const chain = causeChainOf(error);
  const database = chain.find(isDatabaseError);
  if (!database) return error;
  const raw = database as Error & Partial<Pick<DriverException, DriverCodes>> & { sql?: unknown };

  const logged: LoggedDatabaseError = {
    type: chain[0]!.name,
    // As pino's serializer joins an error with its causes, but with the values taken out.
    message: redactSqlLiterals(chain.map((e) => e.message).join(': ')),
    ...(raw.code !== undefined ? { code: raw.code } : {}),
    ...(raw.errno !== undefined ? { errno: raw.errno } : {}),
    ...(raw.sqlState !== undefined ? { sqlState: raw.sqlState } : {}),
    ...(typeof raw.sql === 'string' ? { sql: redactSqlLiterals(raw.sql) } : {}),
    ...(raw.sqlMessage ? { sqlMessage: redactSqlLiterals(raw.sqlMessage) } : {}),
    stack: framesOf(chain[0]!),
  };
  return asErrorLike(logged);
}

/**
 * pino's error serializer takes anything with a `message` for an error and names it after its
 * constructor ("Object"); without a prototype it takes `name`, which stays out of the line.
 */
function asErrorLike(logged: LoggedDatabaseError): object {
  const target = Object.create(null) as object;
  Object.defineProperty(target, 'name', { value: logged.type, enumerable: false });
  return Object.assign(target, logged);
}

/** The error and what caused it, as far as they are errors (ten at most, against cycles). */
function causeChainOf(error: unknown): Error[] {
  const chain: Error[] = [];
  for (let next = error; next instanceof Error && chain.length < 10; next = next.cause) {
    chain.push(next);
  }
  return chain;
}

type DriverCodes = 'code' | 'errno' | 'sqlState' | 'sqlMessage';

/**
 * MikroORM converts what the driver throws during a flush into a DriverException; raw SQL through
 * the connection (scopedRaw) throws the driver's own error: libsql's with a `SQLITE_` code,
 * mysql2's and mariadb's with a `sqlState`. Each holds the statement with its values.
 */
function isDatabaseError(error: Error): boolean {
  if (error instanceof DriverException) return true;
  const fields = error as { sqlState?: unknown; sqlMessage?: unknown; sql?: unknown };
  if (fields.sqlState !== undefined || fields.sqlMessage !== undefined) return true;
  const code = String((error as { code?: unknown }).code ?? '');
  return fields.sql !== undefined || /^(SQLITE|LIBSQL)_/.test(code);
}

/**
 * Only the `at …` lines of the stack: its first lines repeat the message, values and all. The
 * message is cut out first, so a value that itself reads like a frame cannot slip through.
 */
function framesOf(error: Error): string {
  let stack = error.stack ?? '';
  for (const { message } of causeChainOf(error)) {
    if (message) stack = stack.split(message).join('');
  }
  return stack.split('\n').filter((line) => /^\s+at \S/.test(line)).join('\n');
}
