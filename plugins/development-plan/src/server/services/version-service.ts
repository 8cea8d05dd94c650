import { injectable } from 'inversify';
import { ValidationError, todayInBrussels, type RequestContext } from '@dots/core';
import type { PlanSnapshot, VersionView } from '../../common/development-plan-view.js';
import type { VersionCreateBody, VersionPatchBody } from '../routes/development-plan-schemas.js';
import { DevelopmentVersion, type DevelopmentPlan } from '../entities/index.js';
import { auditPlanChange } from './plan-audit.js';
import { loadPlanContents } from './plan-contents.js';
import { goalView, versionView } from './development-plan-views.js';

/** Frozen versions of a plan and the day each was handed to an outside body. */
@injectable()
export class VersionService {
  /**
   * Freezes the plan as it is now under the next number. Two freezes of one plan at the same
   * moment meet the unique (plan, number) index, and the second answers 409.
   */
  async create(
    ctx: RequestContext,
    plan: DevelopmentPlan,
    body: VersionCreateBody,
  ): Promise<VersionView> {
    const last = await ctx.em.findOne(DevelopmentVersion, { plan: plan.id }, {
      orderBy: [{ number: 'desc' }],
    });
    const version = ctx.em.create(DevelopmentVersion, {
      plan, person: plan.person, number: (last?.number ?? 0) + 1,
      date: body.date ?? todayInBrussels(), note: body.note ?? null,
      snapshot: await this.snapshotOf(ctx, plan),
    });
    ctx.em.persist(version);

    auditPlanChange(ctx, 'development-plan.version.create', 'development-plan-version', version,
      Object.keys(body));
    return versionView(version, true);
  }

  get(version: DevelopmentVersion): VersionView {
    return versionView(version, true);
  }

  /** Records (or clears) the hand-over; a version is never handed over before it was made. */
  update(ctx: RequestContext, version: DevelopmentVersion, body: VersionPatchBody): VersionView {
    const handedOverAt = body.handedOverAt === undefined ? version.handedOverAt : body.handedOverAt;
    if (handedOverAt && handedOverAt < version.date) {
      throw ValidationError.field('handedOverAt', 'must not be before the date of the version');
    }
    if (body.handedOverAt !== undefined) version.handedOverAt = body.handedOverAt;
    if (body.handedOverTo !== undefined) version.handedOverTo = body.handedOverTo;

    auditPlanChange(ctx, 'development-plan.version.update', 'development-plan-version', version,
      Object.keys(body));
    return versionView(version, true);
  }

  private async snapshotOf(ctx: RequestContext, plan: DevelopmentPlan): Promise<PlanSnapshot> {
    const contents = await loadPlanContents(ctx.em, plan);
    return {
      periodFrom: plan.periodFrom,
      periodTo: plan.periodTo,
      goals: contents.goals.map((goal) => {
        const { planId: _planId, actions, ...rest } = goalView(goal, contents.actionsOf(goal));
        return { ...rest, actions: actions.map(({ goalId: _goalId, ...action }) => action) };
      }),
    };
  }
}
