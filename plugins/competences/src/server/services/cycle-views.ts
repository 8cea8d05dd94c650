import type { Person } from '@dots/core';
import type { CyclePerson, CycleRule } from '../../common/cycle-rules.js';
import type { CycleView } from '../../common/cycle-view.js';
import type { CompetenceCycle } from '../entities/index.js';

/** The cycle as the API answers it; its framework and employee type must be loaded. */
export function cycleView(cycle: CompetenceCycle): CycleView {
  return {
    id: cycle.id,
    frameworkId: cycle.framework.id,
    frameworkName: cycle.framework.name,
    employeeTypeId: cycle.employeeType?.id ?? null,
    employeeTypeName: cycle.employeeType?.name ?? null,
    personId: cycle.person?.id ?? null,
    intervalMonths: cycle.intervalMonths,
    startsOn: cycle.startsOn,
    withSelfAssessment: cycle.withSelfAssessment,
  };
}

/** A list reads by framework, then the employee types' cycles, then the people's. */
export function compareCycleViews(a: CycleView, b: CycleView): number {
  return a.frameworkName.localeCompare(b.frameworkName, 'nl')
    || Number(a.personId !== null) - Number(b.personId !== null)
    || (a.employeeTypeName ?? '').localeCompare(b.employeeTypeName ?? '', 'nl')
    || a.id.localeCompare(b.id);
}

export function cycleRule(cycle: CompetenceCycle): CycleRule {
  return {
    id: cycle.id,
    frameworkId: cycle.framework.id,
    employeeTypeId: cycle.employeeType?.id ?? null,
    personId: cycle.person?.id ?? null,
    intervalMonths: cycle.intervalMonths,
    startsOn: cycle.startsOn,
    withSelfAssessment: cycle.withSelfAssessment,
  };
}

export function cyclePerson(person: Person): CyclePerson {
  return {
    id: person.id,
    employeeTypeId: person.employeeType?.id ?? null,
    startDate: person.startDate ?? null,
    endDate: person.endDate ?? null,
    status: person.status,
  };
}
