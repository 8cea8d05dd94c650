import { inject, injectable } from 'inversify';
import type { RouteContribution } from '../plugins/extension-points.js';
import type { RouteRegistrar } from '../http/route-registrar.js';
import { ForbiddenError } from '../http/errors.js';
import { StaffDirectory } from '../accounts/staff-directory.js';
import { PERMISSIONS } from '../../common/permissions.js';
import type { AgendaDto, StaffMemberDto } from '../../common/agenda.js';
import { AgendaService } from './agenda-service.js';
import { agendaQuery } from './agenda-schemas.js';

const STAFF_ROLES: ReadonlyArray<string> = ['admin', 'staff', 'coach'];

/**
 * `GET /api/agenda`, what is planned in a range for staff, and `GET /api/staff`, the colleagues
 * its coach filter (and every owner picker) offers. Employees have the portal instead.
 */
@injectable()
export class AgendaRoutes implements RouteContribution {
  readonly pluginId = 'core';

  @inject(AgendaService) private readonly agenda!: AgendaService;
  @inject(StaffDirectory) private readonly staff!: StaffDirectory;

  registerRoutes(routes: RouteRegistrar): void {
    routes.add({
      method: 'get', path: '/agenda', tags: ['agenda'],
      summary: 'What is planned from `from` to `to` (default: this week in Belgium); ' +
        'coach=me (default), all, or a colleague\'s id; department and team filter people',
      access: { permission: PERMISSIONS.agendaView }, query: agendaQuery,
      handler: (ctx, { query }): Promise<AgendaDto> => this.agenda.agenda(ctx, query),
    });

    routes.add({
      method: 'get', path: '/staff', tags: ['agenda'],
      summary: "The organisation's active staff accounts, for pickers",
      access: 'signed-in',
      handler: async (ctx): Promise<{ items: StaffMemberDto[] }> => {
        // Staff pick colleagues; an employee's own view names nobody else.
        if (!ctx.role || !STAFF_ROLES.includes(ctx.role)) throw new ForbiddenError();
        return { items: await this.staff.list(ctx) };
      },
    });
  }
}
