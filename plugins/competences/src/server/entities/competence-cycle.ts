import { Entity, ManyToOne, Property, type Opt, type Rel } from '@mikro-orm/core';
import { EmployeeType, Person, TenantOwnedEntity } from '@dots/core';
import { CompetenceFramework } from './competence-framework.js';

/**
 * A periodic measurement rule: every `intervalMonths`, measure on `framework` everyone of an
 * employee type, or one person. Exactly one of `employeeType` and `person` is set; a person's own
 * cycle on a framework wins over their employee type's.
 */
@Entity({ tableName: 'competence_cycle' })
export class CompetenceCycle extends TenantOwnedEntity {
  @ManyToOne({ entity: () => CompetenceFramework, deleteRule: 'cascade' })
  framework!: Rel<CompetenceFramework>;

  @ManyToOne({ entity: () => EmployeeType, nullable: true, deleteRule: 'cascade' })
  employeeType?: Rel<EmployeeType> | null;

  @ManyToOne({ entity: () => Person, nullable: true, deleteRule: 'cascade' })
  person?: Rel<Person> | null;

  @Property({ type: 'integer' })
  intervalMonths!: number;

  /**
   * `YYYY-MM-DD`: when the first measurement is due for someone never measured on the framework
   * (or the person's start date, when that is later).
   */
  @Property({ type: 'string', length: 10 })
  startsOn!: string;

  /** Whether the employee is asked for a self-assessment in the same cycle. */
  @Property({ type: 'boolean' })
  withSelfAssessment: Opt<boolean> = true;
}
