import { Entity, Property, type Opt } from '@mikro-orm/core';
import { TenantOwnedEntity } from '@dots/core';

/**
 * A conversation type of the tenant's own, next to the built-in ones. Its id is its code. One in
 * use is retired (`active` false) rather than deleted, so old conversations keep their label.
 */
@Entity({ tableName: 'dossier_conversation_type' })
export class DossierConversationType extends TenantOwnedEntity {
  @Property({ type: 'string', length: 80 })
  labelNl!: string;

  @Property({ type: 'string', length: 80 })
  labelEn!: string;

  @Property({ type: 'boolean' })
  active: Opt<boolean> = true;
}
