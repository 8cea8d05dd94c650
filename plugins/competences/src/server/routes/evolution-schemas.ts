import { z } from 'zod';
import { calendarDateParameter } from '@dots/core';

/** `?frameworkId=&at=`: the framework shown (default: the one measured last), the profile's day. */
export const evolutionQuery = z.strictObject({
  frameworkId: z.uuid('must be a UUID').optional(),
  at: calendarDateParameter().optional(),
});

/** `?frameworkId=&departmentId=&from=&to=`: both days inclusive; no department: everyone. */
export const departmentAveragesQuery = z.strictObject({
  frameworkId: z.uuid('must be a UUID'),
  departmentId: z.uuid('must be a UUID').optional(),
  from: calendarDateParameter(),
  to: calendarDateParameter(),
}).refine((query) => query.from <= query.to, {
  path: ['to'], message: 'must not be before from',
});

export type EvolutionQuery = z.output<typeof evolutionQuery>;
export type DepartmentAveragesQuery = z.output<typeof departmentAveragesQuery>;
