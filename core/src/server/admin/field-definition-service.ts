import { injectable } from 'inversify';
import type { EntityManager } from '@mikro-orm/core';
import { FieldDefinition } from '../entities/field-definition.js';
import { Person } from '../entities/person.js';
import type { FieldOption, FieldType } from '../../common/fields.js';
import { ConflictError, ValidationError } from '../http/errors.js';
import type { CreateFieldInput, FieldChange } from './field-schemas.js';
import { applyOrder } from './reorder.js';

const CHOICE_TYPES: readonly FieldType[] = ['choice', 'multi-choice'];

/**
 * The tenant's own person fields, as its admin defines them. Retiring a field (`active: false`)
 * hides it and keeps every value stored under it; a key is never reused, so an old value can
 * never be read as the answer to a new question.
 */
@injectable()
export class FieldDefinitionService {
  all(em: EntityManager, active?: boolean): Promise<FieldDefinition[]> {
    return em.find(FieldDefinition, active === undefined ? {} : { active }, {
      orderBy: { position: 'asc', key: 'asc', id: 'asc' },
    });
  }

  async create(em: EntityManager, input: CreateFieldInput): Promise<FieldDefinition> {
    assertOptionsFit(input.type, input.options);
    const existing = await this.all(em);
    const clash = existing.find((field) => field.key === input.key);
    if (clash) {
      const retired = clash.active ? '' : ' (a retired field keeps it, with its values)';
      throw new ConflictError(
        `A field with the key '${input.key}' already exists${retired}.`,
        'duplicate',
        { field: 'key' },
      );
    }

    const field = em.create(FieldDefinition, {
      key: input.key, type: input.type, labelNl: input.labelNl, labelEn: input.labelEn,
      required: input.required ?? false, visibleToEmployee: input.visibleToEmployee ?? false,
      options: input.options ?? [],
      position: existing.reduce((max, other) => Math.max(max, other.position + 1), 0),
    });
    em.persist(field);
    return field;
  }

  /** Applies a change and answers the names of the fields that changed. */
  async update(em: EntityManager, field: FieldDefinition, change: FieldChange): Promise<string[]> {
    if (change.options !== undefined) {
      assertOptionsFit(field.type, change.options);
      await this.assertRemovedOptionsUnused(em, field, change.options);
    }

    const record = field as unknown as Record<string, unknown>;
    const changed = Object.entries(change)
      .filter(([, value]) => value !== undefined)
      .filter(([key, value]) => JSON.stringify(record[key]) !== JSON.stringify(value))
      .map(([key, value]) => {
        record[key] = value;
        return key;
      });
    return changed;
  }

  async order(em: EntityManager, ids: string[]): Promise<FieldDefinition[]> {
    return applyOrder(await this.all(em), ids);
  }

  /**
   * An option people already chose cannot be taken away: their value would stop being valid
   * and every later save of their record would fail. Relabel it instead.
   */
  private async assertRemovedOptionsUnused(
    em: EntityManager,
    field: FieldDefinition,
    options: FieldOption[],
  ): Promise<void> {
    const kept = new Set(options.map((option) => option.value));
    const removed = field.options.map((option) => option.value).filter((value) => !kept.has(value));
    if (removed.length === 0) return;

    const people = await em.find(Person, {}, { fields: ['fields'] });
    const inUse = removed.filter((value) => people.some((person) => {
      const stored = person.fields?.[field.key];
      return Array.isArray(stored) ? stored.includes(value) : stored === value;
    }));
    if (inUse.length > 0) {
      throw new ConflictError(
        `People already chose ${inUse.map((value) => `'${value}'`).join(', ')}; such an option ` +
          'cannot be removed. Change its labels instead.',
        'option_in_use',
        { field: 'options', values: inUse },
      );
    }
  }
}

function assertOptionsFit(type: FieldType, options: FieldOption[] | undefined): void {
  const isChoice = CHOICE_TYPES.includes(type);
  if (isChoice && (!options || options.length === 0)) {
    throw ValidationError.field('options', `a ${type} field needs at least one option`);
  }
  if (!isChoice && options && options.length > 0) {
    throw ValidationError.field(
      'options', `only choice and multi-choice fields have options, not ${type}`,
    );
  }
}

/** The JSON of a field definition. */
export function fieldView(field: FieldDefinition) {
  return {
    id: field.id,
    key: field.key,
    type: field.type,
    labelNl: field.labelNl,
    labelEn: field.labelEn,
    required: field.required,
    visibleToEmployee: field.visibleToEmployee,
    options: field.options,
    position: field.position,
    active: field.active,
  };
}
