import { z } from 'zod';
import { isCalendarDate } from '@dots/core';
import { CYCLE_INTERVAL_MONTHS } from '../../common/cycle-rules.js';

const id = z.uuid('must be a UUID');
const { min, max } = CYCLE_INTERVAL_MONTHS;

const fields = {
  frameworkId: id,
  employeeTypeId: id.optional(),
  personId: id.optional(),
  intervalMonths: z.number('must be a whole number').int('must be a whole number')
    .min(min, `must be ${min} to ${max} months`).max(max, `must be ${min} to ${max} months`),
  startsOn: z.string('must be a date as YYYY-MM-DD')
    .refine(isCalendarDate, 'must be a real date as YYYY-MM-DD'),
  withSelfAssessment: z.boolean('must be true or false').optional(),
};

type Target = { employeeTypeId?: string | undefined; personId?: string | undefined };

/** Both targets named: the second one is the field at fault. */
function notBoth(body: Target, check: z.RefinementCtx): void {
  if (body.employeeTypeId !== undefined && body.personId !== undefined) {
    check.addIssue({
      code: 'custom', path: ['personId'],
      message: 'must not be given together with employeeTypeId: a cycle is for one of them',
    });
  }
}

/** `POST /cycles`: for everyone of an employee type, or for one person; exactly one of them. */
export const cycleCreateBody = z.strictObject(fields).superRefine((body, check) => {
  notBoth(body, check);
  if (body.employeeTypeId === undefined && body.personId === undefined) {
    check.addIssue({
      code: 'custom', path: ['employeeTypeId'], message: 'is required, or else personId',
    });
  }
});

/**
 * `PATCH /cycles/:id`: only what is sent changes. Naming an employee type or a person (at most
 * one) moves the cycle to it and drops the other.
 */
export const cyclePatchBody = z.strictObject({
  frameworkId: fields.frameworkId.optional(),
  employeeTypeId: fields.employeeTypeId,
  personId: fields.personId,
  intervalMonths: fields.intervalMonths.optional(),
  startsOn: fields.startsOn.optional(),
  withSelfAssessment: fields.withSelfAssessment,
}).superRefine((body, check) => {
  notBoth(body, check);
  if (Object.keys(body).length === 0) {
    check.addIssue({ code: 'custom', path: [], message: 'name at least one field to change' });
  }
});

export type CycleCreateBody = z.output<typeof cycleCreateBody>;
export type CyclePatchBody = z.output<typeof cyclePatchBody>;
