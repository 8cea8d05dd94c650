import { z } from 'zod';

/**
 * A calendar date parameter, `YYYY-MM-DD`, that must name a real day (no 2025-02-30). It stays
 * text, so compare it with the text date columns as text; JSON Schema shows it as `format: date`.
 */
export function calendarDateParameter() {
  return z.iso.date({ error: 'must be a real date as YYYY-MM-DD' });
}
