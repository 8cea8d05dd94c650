import { injectable } from 'inversify';
import type { EntityClass, EntityManager } from '@mikro-orm/core';
import { Department, EmployeeType, Team } from '../entities/list-item.js';
import { Person } from '../entities/person.js';
import { ConflictError } from '../http/errors.js';
import { applyOrder, moveTo } from './reorder.js';

/** An item of any of the three lists; they share one shape. */
export type ListRow = Department | Team | EmployeeType;

/** One of the per-tenant lists an admin edits, and how people point at it. */
export interface ListKind {
  /** Path under `/api/admin`. */
  path: 'departments' | 'teams' | 'employee-types';
  /** Key in the answer of `GET /api/lists`. */
  key: 'departments' | 'teams' | 'employeeTypes';
  entity: EntityClass<ListRow>;
  /** The relation on Person that points at an item of this list. */
  personField: 'department' | 'team' | 'employeeType';
  /** Singular, for audit actions and messages: `department`, `team`, `employee-type`. */
  noun: string;
}

/** The three lists, in the order forms show them. */
export const LIST_KINDS: readonly ListKind[] = [
  {
    path: 'departments', key: 'departments', entity: Department, personField: 'department',
    noun: 'department',
  },
  { path: 'teams', key: 'teams', entity: Team, personField: 'team', noun: 'team' },
  {
    path: 'employee-types', key: 'employeeTypes', entity: EmployeeType,
    personField: 'employeeType', noun: 'employee-type',
  },
];

/** What `PATCH` may change; `position` moves the item to that place in the list. */
export interface ListItemChange {
  name?: string;
  active?: boolean;
  position?: number;
}

/**
 * Departments, teams and employee types of the request's tenant. Every query goes through the
 * tenant-scoped entity manager, so another tenant's items are never seen. Names are unique per
 * list, ignoring case, so a form never offers two entries that read the same.
 */
@injectable()
export class ListService {
  all(em: EntityManager, kind: ListKind, active?: boolean): Promise<ListRow[]> {
    return em.find(kind.entity, active === undefined ? {} : { active }, {
      orderBy: { position: 'asc', name: 'asc', id: 'asc' },
    });
  }

  async add(em: EntityManager, kind: ListKind, name: string): Promise<ListRow> {
    const items = await this.all(em, kind);
    assertNameFree(kind, items, name);
    const position = items.reduce((max, item) => Math.max(max, item.position + 1), 0);
    const item = em.create(kind.entity, { name, position } as never);
    em.persist(item);
    return item;
  }

  /** Applies a change and answers the names of the fields that changed. */
  async update(em: EntityManager, kind: ListKind, item: ListRow, change: ListItemChange) {
    const items = await this.all(em, kind);
    const changed: string[] = [];
    if (change.name !== undefined && change.name !== item.name) {
      assertNameFree(kind, items.filter((other) => other.id !== item.id), change.name);
      item.name = change.name;
      changed.push('name');
    }
    if (change.active !== undefined && change.active !== item.active) {
      item.active = change.active;
      changed.push('active');
    }
    if (change.position !== undefined && items.indexOf(item) !== change.position) {
      moveTo(items, item, change.position);
      changed.push('position');
    }
    return changed;
  }

  /**
   * Deletes an item nobody points at. One that people still point at is refused with 409 and
   * their number: retire it instead (`active: false`), so their records keep their value.
   */
  async remove(em: EntityManager, kind: ListKind, item: ListRow): Promise<void> {
    const used = await em.count(Person, { [kind.personField]: item.id });
    if (used > 0) {
      throw new ConflictError(
        `${used} ${used === 1 ? 'person still points' : 'people still point'} at this ` +
          `${kind.noun}. Retire it instead (set active to false): their records keep it, ` +
          'new ones cannot pick it.',
        'in_use',
        { people: used },
      );
    }
    em.remove(item);
  }

  async order(em: EntityManager, kind: ListKind, ids: string[]): Promise<ListRow[]> {
    return applyOrder(await this.all(em, kind), ids);
  }
}

function assertNameFree(kind: ListKind, items: ListRow[], name: string): void {
  const folded = name.toLocaleLowerCase('nl');
  const clash = items.find((item) => item.name.toLocaleLowerCase('nl') === folded);
  if (!clash) return;
  const retired = clash.active ? '' : ' (retired: set it active again instead)';
  throw new ConflictError(
    `There already is a ${kind.noun} called '${clash.name}'${retired}.`,
    'duplicate',
    { field: 'name', id: clash.id },
  );
}

/** The JSON of a list item. */
export function listItemView(item: ListRow) {
  return {
    id: item.id,
    name: item.name,
    position: item.position,
    active: item.active,
    ...(item instanceof EmployeeType ? { code: item.code ?? null } : {}),
  };
}
