import { inject, injectable } from 'inversify';
import type { Person, RequestContext } from '@dots/core';
import { DOSSIER_SECTION_IDS } from '../../common/dossier-permissions.js';
import type { ContactDataView } from '../../common/dossier-views.js';
import type { ContactDataBody } from '../routes/contact-data-schemas.js';
import { DossierContactData } from '../entities/contact-data.js';
import { DossierAccess } from './dossier-access.js';
import { contactDataView } from './dossier-view-mappers.js';

const SECTION = DOSSIER_SECTION_IDS.contactData;

/** The one set of contact data of a person. */
@injectable()
export class ContactDataService {
  @inject(DossierAccess) private readonly access!: DossierAccess;

  /** The person's contact data, or null while none is stored. */
  async get(ctx: RequestContext, person: Person): Promise<ContactDataView | null> {
    this.access.assertCanRead(ctx, person, SECTION);
    const row = await ctx.em.findOne(DossierContactData, { person: person.id });
    this.access.auditRead(ctx, person, SECTION);
    return row ? contactDataView(row) : null;
  }

  /** Stores the contact data as given, replacing what was there. */
  async put(ctx: RequestContext, person: Person, body: ContactDataBody): Promise<ContactDataView> {
    const values = {
      street: body.street ?? null, houseNumber: body.houseNumber ?? null, box: body.box ?? null,
      postalCode: body.postalCode ?? null, city: body.city ?? null, country: body.country ?? null,
      mobilePhone: body.mobilePhone ?? null, phone: body.phone ?? null,
      email: body.email ?? null, preferredLanguage: body.preferredLanguage ?? null,
    };
    const stored = await ctx.em.findOne(DossierContactData, { person: person.id });
    const row = stored ?? await this.insertFirst(ctx, person, values);
    const action = stored ? 'dossier.contact-data.update' : 'dossier.contact-data.create';
    ctx.em.assign(row, values);

    ctx.audit({
      action, subjectType: 'dossier_contact_data', subjectId: row.id, personId: person.id,
      details: { fields: Object.keys(body) },
    });
    return contactDataView(row);
  }

  /**
   * The first contact data of a person, inserted at once with "on conflict do nothing": of two
   * simultaneous first PUTs one inserts and the other finds that row and updates it, where two
   * plain inserts would end one of them in a 409 from the unique index.
   */
  private async insertFirst(
    ctx: RequestContext,
    person: Person,
    values: Partial<DossierContactData>,
  ): Promise<DossierContactData> {
    const fresh = new DossierContactData();
    await ctx.em.upsert(DossierContactData, {
      ...values, id: fresh.id, tenant: ctx.tenantId(), person: person.id,
      createdAt: fresh.createdAt, updatedAt: fresh.updatedAt,
    }, { onConflictFields: ['tenant', 'person'], onConflictAction: 'ignore' });

    // The stored row, whichever request inserted it.
    return ctx.em.findOneOrFail(DossierContactData, { person: person.id });
  }

  async remove(ctx: RequestContext, person: Person): Promise<void> {
    const row = await ctx.em.findOne(DossierContactData, { person: person.id });
    if (!row) return;

    ctx.em.remove(row);
    ctx.audit({
      action: 'dossier.contact-data.delete', subjectType: 'dossier_contact_data',
      subjectId: row.id, personId: person.id,
    });
  }
}
