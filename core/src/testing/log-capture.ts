import pino, { type Logger } from 'pino';

/** A logger whose JSON lines the test can read, for what the server writes about a request. */
export interface CapturedLog {
  logger: Logger;
  /** Every line written so far, parsed. */
  lines(): Array<Record<string, unknown>>;
  /** Every line written so far, as written. */
  text(): string;
}

/** A pino logger at `level` that writes into memory instead of stdout. */
export function captureLog(level = 'trace'): CapturedLog {
  const chunks: string[] = [];
  const logger = pino({ level, base: { service: 'dots' } }, {
    write: (chunk: string) => {
      chunks.push(chunk);
    },
  });
  const text = () => chunks.join('');
  return {
    logger,
    text,
    lines: () => text().split('\n').filter(Boolean)
      .map((line) => JSON.parse(line) as Record<string, unknown>),
  };
}
