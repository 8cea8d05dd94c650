import { z } from 'zod';

/** `?active=true` / `?active=false` in a query string. */
export const booleanQuery = z.enum(['true', 'false']).transform((value) => value === 'true');

/** A new order for a whole list: every id at most once. */
export const orderBody = z.strictObject({
  ids: z.array(z.string().min(1).max(36)).min(1).max(1000)
    .refine((ids) => new Set(ids).size === ids.length, 'names an id twice'),
});

/** `?active=` filter of the admin lists; left out, every item is listed. */
export const activeFilterQuery = z.strictObject({ active: booleanQuery.optional() });
