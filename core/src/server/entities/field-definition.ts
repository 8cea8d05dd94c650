import { Entity, Enum, Property, Unique, type Opt } from '@mikro-orm/core';
import { TenantOwnedEntity } from './tenant-owned-entity.js';
import { FIELD_TYPES, type FieldOption, type FieldType } from '../../common/fields.js';

/** A tenant's own field on a person, with labels in both languages. */
@Entity({ tableName: 'field_definition' })
@Unique({ properties: ['tenant', 'key'] })
export class FieldDefinition extends TenantOwnedEntity {
  /** The key under which values live in `person.fields`; fixed once created. */
  @Property({ type: 'string', length: 60 })
  key!: string;

  @Enum({ items: () => [...FIELD_TYPES], type: 'string', length: 20 })
  type!: FieldType;

  @Property({ type: 'string', length: 120 })
  labelNl!: string;

  @Property({ type: 'string', length: 120 })
  labelEn!: string;

  @Property({ type: 'boolean' })
  required: Opt<boolean> = false;

  @Property({ type: 'boolean' })
  visibleToEmployee: Opt<boolean> = false;

  /** Choices for `choice` and `multi-choice`. */
  @Property({ type: 'json' })
  options: Opt<FieldOption[]> = [];

  @Property({ type: 'integer' })
  position: Opt<number> = 0;

  @Property({ type: 'boolean' })
  active: Opt<boolean> = true;
}
