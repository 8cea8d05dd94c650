import type { EntityManager } from '@mikro-orm/core';
import type { Logger } from 'pino';
import type { Account } from '../entities/account.js';
import { Department, EmployeeType, Team } from '../entities/list-item.js';
import { FieldDefinition } from '../entities/field-definition.js';
import type { Person } from '../entities/person.js';
import { Tenant } from '../entities/tenant.js';
import type { AccountService } from '../accounts/account-service.js';
import type { PersonStatus } from '../../common/people.js';
import type { PersonService } from '../people/person-service.js';
import { personCreateBody } from '../people/person-schemas.js';
import { HttpRequestContext } from '../http/http-request-context.js';
import type { RequestContext } from '../http/request-context.js';
import { DEMO_DEPARTMENTS, DEMO_FIELDS, DEMO_TEAMS } from './demo-tenant-data.js';
import { DEMO_PEOPLE_COUNT, demoPeople, demoStaffName, type DemoPerson } from './demo-people.js';
import { between, pickOne } from './seeded-random.js';

export type DemoAccounts = Record<'admin' | 'staff' | 'coach' | 'employee', Account>;

export interface DemoTenantBuilderOptions {
  /** Scoped to `tenant`. */
  em: EntityManager;
  tenant: Tenant;
  random: () => number;
  accounts: AccountService;
  people: PersonService;
  log: Logger;
  password: string;
}

/** Most people work; a few are in intake, on a break or gone, so every status shows. */
const LAST_STATUSES: PersonStatus[] = [
  'candidate', 'candidate', 'paused', 'paused', 'left', 'left',
];

/**
 * The core's part of one demo tenant: departments, teams, fields, people and the four accounts.
 * The employee types are the ones TenantService gave the tenant for its kind.
 */
export class DemoTenantBuilder {
  /** Acts for no account, as code outside a request does; the audit shows no one did it. */
  private readonly context: RequestContext;

  constructor(private readonly options: DemoTenantBuilderOptions) {
    this.context = new HttpRequestContext({
      requestId: `demo-seed-${options.tenant.slug}`, em: options.em, log: options.log,
      tenant: options.tenant, permissions: new Set(), locale: 'nl',
    });
  }

  async build(): Promise<{ people: Person[]; accounts: DemoAccounts }> {
    const { em } = this.options;

    const departments = this.lists(Department, DEMO_DEPARTMENTS[this.options.tenant.kind]);
    const teams = this.lists(Team, DEMO_TEAMS);
    this.fields();
    const types = (await em.find(EmployeeType, {}, { orderBy: { position: 'asc', id: 'asc' } }))
      .filter((type) => type.code !== 'support-staff');
    await em.flush();

    const people: Person[] = [];
    for (const [index, demo] of demoPeople(this.options.random).entries()) {
      people.push(await this.person(demo, index, { departments, teams, types }));
    }

    const accounts = await this.accountsFor(people[0]!);
    await em.flush();
    return { people, accounts };
  }

  private lists<T extends Department | Team>(entity: new () => T, names: string[]): T[] {
    return names.map((name, position) => {
      // Both share ListItem's shape, which MikroORM's types cannot see through the generic.
      const item = this.options.em.create(entity, { name, position } as never);
      this.options.em.persist(item);
      return item;
    });
  }

  private fields(): void {
    DEMO_FIELDS.forEach((field, position) => {
      this.options.em.persist(this.options.em.create(FieldDefinition, {
        key: field.key, type: field.type, labelNl: field.labelNl, labelEn: field.labelEn,
        options: field.options ?? [], visibleToEmployee: field.visibleToEmployee, position,
      }));
    });
  }

  /** Through PersonService and the API's own schema, so demo people are valid like any other. */
  private async person(
    demo: DemoPerson,
    index: number,
    lists: { departments: Department[]; teams: Team[]; types: EmployeeType[] },
  ): Promise<Person> {
    const { random } = this.options;
    const status = LAST_STATUSES[index - (DEMO_PEOPLE_COUNT - LAST_STATUSES.length)] ?? 'active';
    const startYear = between(random, 2016, 2025);

    const input = personCreateBody.parse({
      givenNames: demo.givenNames, familyName: demo.familyName, preferredName: demo.preferredName,
      gender: demo.gender, birthDate: demo.birthDate, status,
      // Every fifth person has a national register number, to show how it is masked.
      nationalRegisterNumber: index % 5 === 0 ? demo.nationalRegisterNumber : undefined,
      startDate: status === 'candidate' ? undefined : `${startYear}-${monthOf(random)}-01`,
      endDate: status === 'left' ? `${Math.min(startYear + 1, 2025)}-12-31` : undefined,
      departmentId: pickOne(random, lists.departments).id,
      teamId: pickOne(random, lists.teams).id,
      employeeTypeId: pickOne(random, lists.types).id,
      fields: {
        // Kept as text: a staff number is a code, and its leading zeros are part of it.
        personeelsnummer: String(1001 + index * 37).padStart(6, '0'),
        rijbewijs: random() < 0.4,
        kledingmaat: pickOne(random, ['S', 'M', 'L', 'XL', 'XXL']),
      },
    });
    return this.options.people.create(this.context, input);
  }

  /** `admin`, `staff` and `coach` with demo names; `employee` signs in to a dossier of its own. */
  private async accountsFor(employeePerson: Person): Promise<DemoAccounts> {
    const { em, tenant, random, password } = this.options;
    const reference = em.getReference(Tenant, tenant.id);
    const accounts = {} as DemoAccounts;

    for (const role of ['admin', 'staff', 'coach', 'employee'] as const) {
      const { preferredName, givenNames, familyName } = employeePerson;
      const displayName = role === 'employee'
        ? `${preferredName ?? givenNames} ${familyName}`
        : demoStaffName(random);
      accounts[role] = await this.options.accounts.create(em, {
        tenant: reference, role, username: role, displayName, password,
        person: role === 'employee' ? employeePerson : undefined,
      });
    }
    return accounts;
  }
}

function monthOf(random: () => number): string {
  return String(between(random, 1, 12)).padStart(2, '0');
}
