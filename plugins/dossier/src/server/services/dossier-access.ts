import { inject, injectable } from 'inversify';
import {
  ForbiddenError, NotFoundError, SectionAccess, type Person, type RequestContext,
} from '@dots/core';
import { DOSSIER_PERMISSIONS, type DossierSectionId } from '../../common/dossier-permissions.js';

/**
 * Who may read a section of a person's dossier. The core's SectionAccess decides first, with the
 * tenant's choices: a section hidden from employees, or confidential and the role not named,
 * answers as if it did not exist. Then holders of `dossier.read` read the people they may see
 * (the core has already refused the others); anyone else reads only their own person's rows.
 */
@injectable()
export class DossierAccess {
  @inject(SectionAccess) private readonly sections!: SectionAccess;

  assertCanRead(ctx: RequestContext, person: Person, section: DossierSectionId): void {
    if (!this.sections.canRead(ctx, section)) throw new NotFoundError('dossier section');
    if (ctx.can(DOSSIER_PERMISSIONS.read)) return;

    if (person.id !== ctx.ownPersonId) {
      throw new ForbiddenError(
        `Your role does not have the permission '${DOSSIER_PERMISSIONS.read}'.`,
      );
    }
  }

  /** Who read which section of whose dossier: the employee may ask (domain.md §3, rule 3). */
  auditRead(ctx: RequestContext, person: Person, section: DossierSectionId): void {
    ctx.audit({
      action: 'dossier.read', subjectType: 'person', subjectId: person.id, personId: person.id,
      details: { section },
    });
  }
}
