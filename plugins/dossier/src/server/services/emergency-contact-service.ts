import { inject, injectable } from 'inversify';
import type { Person, RequestContext } from '@dots/core';
import { DOSSIER_SECTION_IDS } from '../../common/dossier-permissions.js';
import type { EmergencyContactView, ItemList } from '../../common/dossier-views.js';
import type {
  EmergencyContactCreateBody, EmergencyContactPatchBody,
} from '../routes/emergency-contact-schemas.js';
import { DossierEmergencyContact } from '../entities/emergency-contact.js';
import { DossierAccess } from './dossier-access.js';
import { emergencyContactView } from './dossier-view-mappers.js';

const SECTION = DOSSIER_SECTION_IDS.emergencyContacts;

/** The people to call for a person, by priority. */
@injectable()
export class EmergencyContactService {
  @inject(DossierAccess) private readonly access!: DossierAccess;

  async list(ctx: RequestContext, person: Person): Promise<ItemList<EmergencyContactView>> {
    this.access.assertCanRead(ctx, person, SECTION);
    const rows = await ctx.em.find(DossierEmergencyContact, { person: person.id }, {
      orderBy: [{ priority: 'asc' }, { id: 'asc' }],
    });
    this.access.auditRead(ctx, person, SECTION);
    return { items: rows.map(emergencyContactView) };
  }

  get(ctx: RequestContext, row: DossierEmergencyContact): EmergencyContactView {
    this.access.assertCanRead(ctx, row.person, SECTION);
    this.access.auditRead(ctx, row.person, SECTION);
    return emergencyContactView(row);
  }

  async create(
    ctx: RequestContext,
    person: Person,
    body: EmergencyContactCreateBody,
  ): Promise<EmergencyContactView> {
    const priority = body.priority ?? await this.nextPriority(ctx, person);
    const row = ctx.em.create(DossierEmergencyContact, {
      person, name: body.name, relation: body.relation, phone: body.phone, priority,
      note: body.note ?? null,
    });
    ctx.em.persist(row);

    this.audit(ctx, 'dossier.emergency-contact.create', row, Object.keys(body));
    return emergencyContactView(row);
  }

  update(
    ctx: RequestContext,
    row: DossierEmergencyContact,
    body: EmergencyContactPatchBody,
  ): EmergencyContactView {
    if (body.name !== undefined) row.name = body.name;
    if (body.relation !== undefined) row.relation = body.relation;
    if (body.phone !== undefined) row.phone = body.phone;
    if (body.priority !== undefined) row.priority = body.priority;
    if (body.note !== undefined) row.note = body.note;

    this.audit(ctx, 'dossier.emergency-contact.update', row, Object.keys(body));
    return emergencyContactView(row);
  }

  remove(ctx: RequestContext, row: DossierEmergencyContact): void {
    ctx.em.remove(row);
    this.audit(ctx, 'dossier.emergency-contact.delete', row, []);
  }

  /** One after the person's last, so a new contact is called after the existing ones. */
  private async nextPriority(ctx: RequestContext, person: Person): Promise<number> {
    const last = await ctx.em.findOne(DossierEmergencyContact, { person: person.id }, {
      orderBy: { priority: 'desc' },
    });
    return Math.min((last?.priority ?? 0) + 1, 99);
  }

  private audit(
    ctx: RequestContext,
    action: string,
    row: DossierEmergencyContact,
    fields: string[],
  ): void {
    ctx.audit({
      action, subjectType: 'dossier_emergency_contact', subjectId: row.id,
      personId: row.person.id, details: { fields },
    });
  }
}
