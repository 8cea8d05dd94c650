import type { CycleDue } from './cycle-rules.js';

/** A measurement cycle: every `intervalMonths`, measure on a framework. */
export interface CycleView {
  id: string;
  frameworkId: string;
  frameworkName: string;
  /** Set for everyone of an employee type; else `personId` is set. */
  employeeTypeId: string | null;
  employeeTypeName: string | null;
  personId: string | null;
  intervalMonths: number;
  /** `YYYY-MM-DD`. */
  startsOn: string;
  withSelfAssessment: boolean;
}

/** One framework a person is due to be measured on, `GET /people/:personId/due`. */
export interface DueView extends CycleDue {
  frameworkName: string;
}

/** The body of `POST /cycles`: exactly one of `employeeTypeId` and `personId`. */
export interface NewCycle {
  frameworkId: string;
  employeeTypeId?: string;
  personId?: string;
  intervalMonths: number;
  /** `YYYY-MM-DD`. */
  startsOn: string;
  withSelfAssessment: boolean;
}
