import { injectable } from 'inversify';
import { ConflictError, NotFoundError, type RequestContext } from '@dots/core';
import type {
  FrameworkSummaryView, FrameworkView, ListOf, ReadyFrameworkView, VersionSummaryView,
  VersionView,
} from '../../common/competence-view.js';
import type { FrameworkContent } from '../../common/framework-content.js';
import {
  CompetenceFramework, CompetenceFrameworkVersion, CompetenceMeasurement,
} from '../entities/index.js';
import { readyFramework, readyFrameworkList } from '../ready-frameworks/ready-frameworks.js';
import type { ReadyFramework } from '../ready-frameworks/ready-framework.js';
import type {
  AdoptBody, FrameworkCreateBody, FrameworkPatchBody,
} from '../routes/framework-schemas.js';
import { frameworkSummaryView, versionSummaryView } from './competence-views.js';
import { withKeys } from './framework-content-keys.js';
import { sameContent } from './framework-content-same.js';

/**
 * A tenant's frameworks and their versions. The wording of a version that has measurements
 * never changes: new content then becomes the next version, which new measurements use, while
 * every measurement keeps the version it was scored on.
 */
@injectable()
export class FrameworkService {
  async list(ctx: RequestContext): Promise<ListOf<FrameworkSummaryView>> {
    const frameworks = await ctx.em.find(CompetenceFramework, {}, {
      orderBy: [{ name: 'asc' }, { id: 'asc' }],
    });
    const items = [];
    for (const framework of frameworks) {
      items.push(frameworkSummaryView(framework, await this.currentVersion(ctx, framework)));
    }
    return { items };
  }

  create(ctx: RequestContext, body: FrameworkCreateBody): FrameworkView {
    return this.store(ctx, {
      name: body.name, description: body.description ?? '', language: body.language,
      source: { ready: null, attribution: null, licence: null }, content: withKeys(body.content),
    });
  }

  adopt(ctx: RequestContext, body: AdoptBody): FrameworkView {
    return this.store(ctx, readyFramework(body.ready, body.language));
  }

  /** A framework read from a file (framework-import.ts), with its source's attribution. */
  createFrom(ctx: RequestContext, framework: ReadyFramework): FrameworkView {
    return this.store(ctx, framework);
  }

  ready(ctx: RequestContext): ListOf<ReadyFrameworkView> {
    return { items: readyFrameworkList(ctx.locale) };
  }

  async get(ctx: RequestContext, framework: CompetenceFramework): Promise<FrameworkView> {
    const version = await this.currentVersion(ctx, framework);
    return {
      ...frameworkSummaryView(framework, version),
      content: version.content,
      measured: (await this.measurementsOn(ctx, version)) > 0,
    };
  }

  async update(ctx: RequestContext, framework: CompetenceFramework, body: FrameworkPatchBody) {
    let version = await this.currentVersion(ctx, framework);
    const measured = (await this.measurementsOn(ctx, version)) > 0;
    // Content equal to the current wording (a rename sent with the whole framework, a file
    // imported again) is no edit: only a change of wording makes the next version.
    const content = body.content === undefined ? undefined : withKeys(body.content);
    const changed = content !== undefined && !sameContent(version.content, content);
    const newVersion = changed && measured;

    if (body.name !== undefined) framework.name = body.name;
    if (body.description !== undefined) framework.description = body.description;
    if (content !== undefined && newVersion) {
      framework.currentVersion = version.number + 1;
      version = ctx.em.create(CompetenceFrameworkVersion, {
        framework, number: framework.currentVersion, content,
      });
      ctx.em.persist(version);
    } else if (content !== undefined && changed) {
      version.content = content;
    }

    this.audit(ctx, 'competences.framework.update', framework, {
      fields: Object.keys(body), version: framework.currentVersion, newVersion,
    });
    return {
      ...frameworkSummaryView(framework, version),
      content: version.content,
      measured: measured && !newVersion,
    };
  }

  /** A measured framework stays: deleting it would take people's measurements with it. */
  async remove(ctx: RequestContext, framework: CompetenceFramework): Promise<void> {
    const measurements = await ctx.em.count(CompetenceMeasurement, { framework: framework.id });
    if (measurements > 0) {
      throw new ConflictError(
        `This framework has ${measurements} measurements; it cannot be deleted.`,
        'framework_measured',
      );
    }
    ctx.em.remove(framework);
    this.audit(ctx, 'competences.framework.delete', framework);
  }

  async versions(ctx: RequestContext, framework: CompetenceFramework) {
    const versions = await ctx.em.find(CompetenceFrameworkVersion, { framework: framework.id }, {
      orderBy: [{ number: 'asc' }],
    });
    const items: VersionSummaryView[] = [];
    for (const version of versions) {
      items.push(versionSummaryView(version, await this.measurementsOn(ctx, version)));
    }
    return { items };
  }

  async version(ctx: RequestContext, version: CompetenceFrameworkVersion): Promise<VersionView> {
    return {
      ...versionSummaryView(version, await this.measurementsOn(ctx, version)),
      content: version.content,
    };
  }

  /** The version new measurements use; every framework has it from its creation on. */
  async currentVersion(ctx: RequestContext, framework: CompetenceFramework) {
    const version = await ctx.em.findOne(CompetenceFrameworkVersion, {
      framework: framework.id, number: framework.currentVersion,
    });
    if (!version) throw new NotFoundError('framework version');
    return version;
  }

  private store(ctx: RequestContext, ready: ReadyFramework): FrameworkView {
    const framework = ctx.em.create(CompetenceFramework, {
      name: ready.name, description: ready.description || null, language: ready.language,
      ready: ready.source.ready, attribution: ready.source.attribution,
      licence: ready.source.licence,
    });
    const version = ctx.em.create(CompetenceFrameworkVersion, {
      framework, number: 1, content: ready.content satisfies FrameworkContent,
    });
    ctx.em.persist([framework, version]);

    this.audit(ctx, 'competences.framework.create', framework, { ready: ready.source.ready });
    return {
      ...frameworkSummaryView(framework, version), content: version.content, measured: false,
    };
  }

  private measurementsOn(ctx: RequestContext, version: CompetenceFrameworkVersion) {
    return ctx.em.count(CompetenceMeasurement, { version: version.id });
  }

  private audit(ctx: RequestContext, action: string, framework: CompetenceFramework,
    details: Record<string, unknown> = {}): void {
    ctx.audit({ action, subjectType: 'competence-framework', subjectId: framework.id, details });
  }
}
