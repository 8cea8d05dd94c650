import { inject, injectable } from 'inversify';
import { z } from 'zod';
import type { RouteContribution } from '../plugins/extension-points.js';
import type { RouteRegistrar } from '../http/route-registrar.js';
import type { RequestContext } from '../http/request-context.js';
import { ForbiddenError, NotFoundError } from '../http/errors.js';
import { Person } from '../entities/person.js';
import { EXPORT_FORMATS, type MeDto } from '../../common/portal.js';
import { PersonService } from '../people/person-service.js';
import { hiddenFieldsOf, personView } from '../people/person-view.js';
import { PersonalDataCollector } from './personal-data-collector.js';
import { PersonalDataExport } from './personal-data-export.js';
import { AccessLog } from './access-log.js';

export const exportQuery = z.strictObject({
  format: z.enum(EXPORT_FORMATS).default('json'),
});

/**
 * The employee portal: `/api/me` and `/api/me/export`, for an employee account and its own
 * person only; there is no id in the path, so no other person can be named. Staff accounts have
 * no dossier of their own here and get 403 (the route exists, their role may not use it).
 */
@injectable()
export class MeRoutes implements RouteContribution {
  readonly pluginId = 'core';

  @inject(PersonService) private readonly people!: PersonService;
  @inject(PersonalDataCollector) private readonly collector!: PersonalDataCollector;
  @inject(PersonalDataExport) private readonly exporter!: PersonalDataExport;
  @inject(AccessLog) private readonly accessLog!: AccessLog;

  registerRoutes(routes: RouteRegistrar): void {
    routes.add({
      method: 'get', path: '/me',
      summary: "The employee's own dossier: the parts shown to them and who looked at it",
      tags: ['portal'], access: 'signed-in',
      handler: async (ctx): Promise<MeDto> => {
        const person = await this.ownPerson(ctx);
        ctx.audit({
          action: 'portal.read', subjectType: 'person', subjectId: person.id, personId: person.id,
        });
        return {
          person: await this.viewOf(ctx, person),
          sections: await this.collector.sectionsOf(ctx, person),
          accessLog: await this.accessLog.of(ctx, person.id),
        };
      },
    });

    routes.add({
      method: 'get', path: '/me/export',
      summary: 'Download everything DOTS shows the employee, as one JSON, HTML or PDF file',
      tags: ['portal'], access: 'signed-in', query: exportQuery,
      handler: async (ctx, { query, res }) => {
        const person = await this.ownPerson(ctx);
        await this.exporter.send(ctx, res, {
          person, audience: 'own', format: query.format,
          personView: await this.viewOf(ctx, person),
          accessLog: await this.accessLog.of(ctx, person.id),
        });
      },
    });
  }

  private async ownPerson(ctx: RequestContext): Promise<Person> {
    if (ctx.role !== 'employee') {
      throw new ForbiddenError(
        'Only an employee account has its own dossier here; staff read people at /api/people.',
        'employee_only',
      );
    }
    const person = ctx.ownPersonId
      ? await ctx.em.findOne(Person, { id: ctx.ownPersonId })
      : null;
    if (!person) throw new NotFoundError('person');
    return person;
  }

  /** The employee view of `GET /api/people/:id`: masked number, only fields shown to them. */
  private async viewOf(ctx: RequestContext, person: Person) {
    const definitions = await this.people.fieldDefinitions(ctx);
    const hidden = hiddenFieldsOf(ctx.tenant);
    return personView(person, { definitions, hidden, employeeView: true });
  }
}
