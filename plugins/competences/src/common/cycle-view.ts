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
export interface DueView {
  frameworkId: string;
  frameworkName: string;
  cycleId: string;
  intervalMonths: number;
  /** The date of the last final periodic coach measurement on the framework, or null. */
  lastDate: string | null;
  /** `YYYY-MM-DD`. */
  dueDate: string;
  /** The due date lies before today in Belgium. */
  overdue: boolean;
  withSelfAssessment: boolean;
}
