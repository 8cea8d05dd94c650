import { injectable } from 'inversify';
import {
  ConflictError, EmployeeType, Person, ValidationError, type FieldProblem, type RequestContext,
} from '@dots/core';
import type { ListOf } from '../../common/competence-view.js';
import type { CycleView } from '../../common/cycle-view.js';
import { CompetenceCycle, CompetenceFramework } from '../entities/index.js';
import type { CycleCreateBody, CyclePatchBody } from '../routes/cycle-schemas.js';
import { compareCycleViews, cycleView } from './cycle-views.js';

/** What a cycle is for: an employee type or a person, never both. */
interface CycleTarget {
  employeeType: EmployeeType | null;
  person: Person | null;
}

interface Resolved {
  framework?: CompetenceFramework;
  target?: CycleTarget;
}

/**
 * The tenant's measurement cycles. Every id in a body is looked up through the request's entity
 * manager, so the tenant filter decides: another tenant's framework, employee type or person is
 * as unknown as a made-up id (400 naming the field). One cycle per framework and target.
 */
@injectable()
export class CycleService {
  async list(ctx: RequestContext): Promise<ListOf<CycleView>> {
    const cycles = await ctx.em.find(CompetenceCycle, {}, {
      populate: ['framework', 'employeeType'],
    });
    return { items: cycles.map(cycleView).sort(compareCycleViews) };
  }

  async create(ctx: RequestContext, body: CycleCreateBody): Promise<CycleView> {
    const { framework, target } = await this.resolve(ctx, body);
    await this.assertFree(ctx, framework!, target!);

    const cycle = ctx.em.create(CompetenceCycle, {
      framework: framework!, ...target!, intervalMonths: body.intervalMonths,
      startsOn: body.startsOn, withSelfAssessment: body.withSelfAssessment ?? true,
    });
    ctx.em.persist(cycle);
    this.audit(ctx, 'competences.cycle.create', cycle, Object.keys(body));
    return cycleView(cycle);
  }

  async update(ctx: RequestContext, cycle: CompetenceCycle,
    body: CyclePatchBody): Promise<CycleView> {
    await ctx.em.populate(cycle, ['framework', 'employeeType']);
    const resolved = await this.resolve(ctx, body);
    const framework = resolved.framework ?? cycle.framework;
    const target = resolved.target
      ?? { employeeType: cycle.employeeType ?? null, person: cycle.person ?? null };
    await this.assertFree(ctx, framework, target, cycle.id);

    Object.assign(cycle, { framework, ...target });
    if (body.intervalMonths !== undefined) cycle.intervalMonths = body.intervalMonths;
    if (body.startsOn !== undefined) cycle.startsOn = body.startsOn;
    if (body.withSelfAssessment !== undefined) cycle.withSelfAssessment = body.withSelfAssessment;
    this.audit(ctx, 'competences.cycle.update', cycle, Object.keys(body));
    return cycleView(cycle);
  }

  async remove(ctx: RequestContext, cycle: CompetenceCycle): Promise<void> {
    ctx.em.remove(cycle);
    this.audit(ctx, 'competences.cycle.delete', cycle);
  }

  /** Loads the ids the body names, reporting every unknown one at once. */
  private async resolve(ctx: RequestContext, body: CyclePatchBody): Promise<Resolved> {
    const problems: FieldProblem[] = [];
    const resolved: Resolved = {};
    const refuse = (field: string, message: string) => problems.push({ field, message });

    if (body.frameworkId !== undefined) {
      const framework = await ctx.em.findOne(CompetenceFramework, { id: lower(body.frameworkId) });
      if (framework) resolved.framework = framework;
      else refuse('frameworkId', 'is not a framework here');
    }
    if (body.employeeTypeId !== undefined) {
      const type = await ctx.em.findOne(EmployeeType, { id: lower(body.employeeTypeId) });
      if (type?.active) resolved.target = { employeeType: type, person: null };
      else if (type) refuse('employeeTypeId', 'names a retired employee type');
      else refuse('employeeTypeId', 'does not name an employee type of this organisation');
    }
    if (body.personId !== undefined) {
      const person = await ctx.em.findOne(Person, { id: lower(body.personId) });
      if (person) resolved.target = { employeeType: null, person };
      else refuse('personId', 'does not name a person of this organisation');
    }

    if (problems.length) throw new ValidationError(problems);
    return resolved;
  }

  /** Two cycles of one target on one framework would leave the due date to chance. */
  private async assertFree(ctx: RequestContext, framework: CompetenceFramework,
    target: CycleTarget, ownId?: string): Promise<void> {
    const other = await ctx.em.findOne(CompetenceCycle, {
      framework: framework.id,
      ...(target.person ? { person: target.person.id } : { employeeType: target.employeeType!.id }),
      ...(ownId ? { id: { $ne: ownId } } : {}),
    });
    if (other) {
      throw new ConflictError(
        `A cycle on this framework already exists for this ${target.person
          ? 'person' : 'employee type'}: change that one (${other.id}) instead.`,
        'cycle_exists', { cycleId: other.id },
      );
    }
  }

  private audit(ctx: RequestContext, action: string, cycle: CompetenceCycle,
    fields: string[] = []): void {
    ctx.audit({
      action, subjectType: 'competence-cycle', subjectId: cycle.id,
      ...(cycle.person ? { personId: cycle.person.id } : {}),
      details: { fields, frameworkId: cycle.framework.id },
    });
  }
}

/** Ids are stored in lower case; a client may send capitals (z.uuid accepts them). */
function lower(id: string): string {
  return id.toLowerCase();
}
