import { inject, injectable } from 'inversify';
import { ConflictError, type Person, type RequestContext } from '@dots/core';
import type { ConfidentialNoteView } from '../../common/conversation-views.js';
import { DOSSIER_SECTION_IDS } from '../../common/dossier-permissions.js';
import type {
  ConfidentialNoteCreateBody, ConfidentialNotePatchBody,
} from '../routes/confidential-note-schemas.js';
import { DossierConfidentialNote } from '../entities/confidential-note.js';
import { confidentialNoteView } from './conversation-view-mappers.js';
import { DossierAccess } from './dossier-access.js';

const SECTION = DOSSIER_SECTION_IDS.confidential;

/**
 * Health-related notes. The routes name section `dossier.confidential`, so the core lets only
 * the roles the tenant named reach them; the reads are checked here again, because a note must
 * never leak through a route that forgot it.
 */
@injectable()
export class ConfidentialNoteService {
  @inject(DossierAccess) private readonly access!: DossierAccess;

  async list(ctx: RequestContext, person: Person): Promise<ConfidentialNoteView[]> {
    this.access.assertCanRead(ctx, person, SECTION);
    const rows = await ctx.em.find(DossierConfidentialNote, { person: person.id }, {
      populate: ['author'], orderBy: [{ date: 'desc' }, { id: 'desc' }],
    });
    this.access.auditRead(ctx, person, SECTION);
    return rows.map(confidentialNoteView);
  }

  async get(ctx: RequestContext, row: DossierConfidentialNote): Promise<ConfidentialNoteView> {
    this.access.assertCanRead(ctx, row.person, SECTION);
    await ctx.em.populate(row, ['author']);
    this.access.auditRead(ctx, row.person, SECTION);
    return confidentialNoteView(row);
  }

  async create(
    ctx: RequestContext,
    person: Person,
    body: ConfidentialNoteCreateBody,
  ): Promise<ConfidentialNoteView> {
    this.access.assertCanRead(ctx, person, SECTION);
    const row = ctx.em.create(DossierConfidentialNote, {
      person, date: body.date, category: body.category, text: body.text,
      author: ctx.requireAccount(),
    });
    ctx.em.persist(row);
    this.audit(ctx, 'dossier.confidential-note.create', row, Object.keys(body));
    await ctx.em.flush();
    return confidentialNoteView(row);
  }

  async update(
    ctx: RequestContext,
    row: DossierConfidentialNote,
    body: ConfidentialNotePatchBody,
  ): Promise<ConfidentialNoteView> {
    this.access.assertCanRead(ctx, row.person, SECTION);
    if (body.version !== undefined && body.version !== row.version) {
      throw ConflictError.staleVersion('note', row.version);
    }
    if (body.date !== undefined) row.date = body.date;
    if (body.category !== undefined) row.category = body.category;
    if (body.text !== undefined) row.text = body.text;

    const fields = Object.keys(body).filter((key) => key !== 'version');
    this.audit(ctx, 'dossier.confidential-note.update', row, fields);
    await ctx.em.flush();
    await ctx.em.populate(row, ['author']);
    return confidentialNoteView(row);
  }

  remove(ctx: RequestContext, row: DossierConfidentialNote): void {
    this.access.assertCanRead(ctx, row.person, SECTION);
    ctx.em.remove(row);
    this.audit(ctx, 'dossier.confidential-note.delete', row, []);
  }

  private audit(
    ctx: RequestContext,
    action: string,
    row: DossierConfidentialNote,
    fields: string[],
  ): void {
    ctx.audit({
      action, subjectType: 'dossier_confidential_note', subjectId: row.id,
      personId: row.person.id, details: { fields },
    });
  }
}
