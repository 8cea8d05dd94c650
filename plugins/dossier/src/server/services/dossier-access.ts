import { inject, injectable } from 'inversify';
import { ForbiddenError, NotFoundError, type Person, type RequestContext } from '@dots/core';
import { DOSSIER_PERMISSIONS, type DossierSectionId } from '../../common/dossier-permissions.js';
import { DossierSectionPolicy } from './dossier-section-policy.js';

/**
 * Who may read a section of a person's dossier. Holders of `dossier.read` read every section
 * of the people they may see (the core has already refused the others). Anyone else reads only
 * their own person's rows, and only of sections marked visible to the employee; a hidden
 * section answers as if it did not exist.
 */
@injectable()
export class DossierAccess {
  @inject(DossierSectionPolicy) private readonly policy!: DossierSectionPolicy;

  assertCanRead(ctx: RequestContext, person: Person, section: DossierSectionId): void {
    if (ctx.can(DOSSIER_PERMISSIONS.read)) return;

    if (person.id !== ctx.ownPersonId) {
      throw new ForbiddenError(
        `Your role does not have the permission '${DOSSIER_PERMISSIONS.read}'.`,
      );
    }
    if (!this.policy.visibleToEmployee(ctx, section)) throw new NotFoundError('dossier section');
  }

  /** Who read which section of whose dossier: the employee may ask (domain.md §3, rule 3). */
  auditRead(ctx: RequestContext, person: Person, section: DossierSectionId): void {
    ctx.audit({
      action: 'dossier.read', subjectType: 'person', subjectId: person.id, personId: person.id,
      details: { section },
    });
  }
}
