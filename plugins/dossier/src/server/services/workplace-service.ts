import { inject, injectable } from 'inversify';
import { Team, ValidationError, type Person, type RequestContext } from '@dots/core';
import { DOSSIER_SECTION_IDS } from '../../common/dossier-permissions.js';
import type { ItemList, WorkplaceView } from '../../common/dossier-views.js';
import type { WorkplaceCreateBody, WorkplacePatchBody } from '../routes/workplace-schemas.js';
import { DossierWorkplace } from '../entities/workplace.js';
import { DossierAccess } from './dossier-access.js';
import { workplaceView } from './dossier-view-mappers.js';

const SECTION = DOSSIER_SECTION_IDS.workplaces;

/** Places of work of a person, current and past. */
@injectable()
export class WorkplaceService {
  @inject(DossierAccess) private readonly access!: DossierAccess;

  /** Newest first: the history of the person's places of work. */
  async list(ctx: RequestContext, person: Person): Promise<ItemList<WorkplaceView>> {
    this.access.assertCanRead(ctx, person, SECTION);
    const rows = await ctx.em.find(DossierWorkplace, { person: person.id }, {
      orderBy: [{ validFrom: 'desc' }, { id: 'asc' }], populate: ['team'],
    });
    this.access.auditRead(ctx, person, SECTION);
    return { items: rows.map(workplaceView) };
  }

  async get(ctx: RequestContext, row: DossierWorkplace): Promise<WorkplaceView> {
    this.access.assertCanRead(ctx, row.person, SECTION);
    await ctx.em.populate(row, ['team']);
    this.access.auditRead(ctx, row.person, SECTION);
    return workplaceView(row);
  }

  async create(
    ctx: RequestContext,
    person: Person,
    body: WorkplaceCreateBody,
  ): Promise<WorkplaceView> {
    const team = await this.teamOf(ctx, body.teamId);
    const row = ctx.em.create(DossierWorkplace, {
      person, site: body.site, team, supervisor: body.supervisor ?? null,
      validFrom: body.validFrom, validTo: body.validTo ?? null,
    });
    ctx.em.persist(row);

    this.audit(ctx, 'dossier.workplace.create', row, Object.keys(body));
    return workplaceView(row);
  }

  async update(
    ctx: RequestContext,
    row: DossierWorkplace,
    body: WorkplacePatchBody,
  ): Promise<WorkplaceView> {
    const validFrom = body.validFrom ?? row.validFrom;
    const validTo = body.validTo === undefined ? row.validTo : body.validTo;
    if (validTo && validTo < validFrom) {
      throw ValidationError.field(body.validTo === undefined ? 'validFrom' : 'validTo',
        body.validTo === undefined ? 'must not be after validTo' : 'must not be before validFrom');
    }
    const team = body.teamId === undefined ? undefined : await this.teamOf(ctx, body.teamId);

    if (body.site !== undefined) row.site = body.site;
    if (team !== undefined) row.team = team;
    if (body.supervisor !== undefined) row.supervisor = body.supervisor;
    row.validFrom = validFrom;
    row.validTo = validTo ?? null;

    this.audit(ctx, 'dossier.workplace.update', row, Object.keys(body));
    await ctx.em.populate(row, ['team']);
    return workplaceView(row);
  }

  remove(ctx: RequestContext, row: DossierWorkplace): void {
    ctx.em.remove(row);
    this.audit(ctx, 'dossier.workplace.delete', row, []);
  }

  /** A team of this tenant (the em's filter sees no other), or a 400 naming teamId. */
  private async teamOf(ctx: RequestContext, teamId?: string | null): Promise<Team | null> {
    if (!teamId) return null;
    const team = await ctx.em.findOne(Team, { id: teamId.toLowerCase() });
    if (!team) throw ValidationError.field('teamId', 'is not a team of this organisation');
    return team;
  }

  private audit(ctx: RequestContext, action: string, row: DossierWorkplace, fields: string[]) {
    ctx.audit({
      action, subjectType: 'dossier_workplace', subjectId: row.id,
      personId: row.person.id, details: { fields },
    });
  }
}
