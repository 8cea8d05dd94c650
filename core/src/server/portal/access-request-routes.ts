import { inject, injectable } from 'inversify';
import type { RouteContribution } from '../plugins/extension-points.js';
import type { RouteRegistrar } from '../http/route-registrar.js';
import { Person } from '../entities/person.js';
import { PERMISSIONS } from '../../common/permissions.js';
import { PersonService } from '../people/person-service.js';
import { hiddenFieldsOf, personView } from '../people/person-view.js';
import { PersonalDataExport } from './personal-data-export.js';
import { AccessLog } from './access-log.js';
import { exportQuery } from './me-routes.js';

/**
 * The staff export for a formal request for access (GDPR art. 15): the controller must answer
 * with everything it holds, so sections hidden from the employee are in it, and custom fields
 * not shown to them. Confidential sections come only for roles the tenant names
 * (SectionAccess). It needs `audit.read`, the permission of whoever answers for the tenant's
 * data protection; the national register number stays masked (domain.md §3 rule 6).
 */
@injectable()
export class AccessRequestRoutes implements RouteContribution {
  readonly pluginId = 'core';

  @inject(PersonService) private readonly people!: PersonService;
  @inject(PersonalDataExport) private readonly exporter!: PersonalDataExport;
  @inject(AccessLog) private readonly accessLog!: AccessLog;

  registerRoutes(routes: RouteRegistrar): void {
    routes.add({
      method: 'get', path: '/people/:id/export',
      summary: 'Everything DOTS holds about a person, for a formal request for access',
      tags: ['people', 'portal'], access: { permission: PERMISSIONS.auditRead },
      params: { id: Person }, query: exportQuery,
      handler: async (ctx, { params, query, res }) => {
        const person = params.id;
        const definitions = await this.people.fieldDefinitions(ctx);
        const view = personView(person, {
          definitions, hidden: hiddenFieldsOf(ctx.tenant),
          employeeView: !ctx.can(PERMISSIONS.peopleRead),
        });
        await this.exporter.send(ctx, res, {
          person, personView: view, audience: 'access-request', format: query.format,
          accessLog: await this.accessLog.of(ctx, person.id),
        });
      },
    });
  }
}
