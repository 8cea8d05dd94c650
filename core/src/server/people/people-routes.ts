import { inject, injectable } from 'inversify';
import type { RouteContribution } from '../plugins/extension-points.js';
import type { RouteRegistrar } from '../http/route-registrar.js';
import type { RequestContext } from '../http/request-context.js';
import { Person } from '../entities/person.js';
import { PERMISSIONS } from '../../common/permissions.js';
import type { PersonDto, PersonListDto } from '../../common/people.js';
import { PersonService } from './person-service.js';
import { personCreateBody, personListQuery, personPatchBody } from './person-schemas.js';
import { hiddenFieldsOf, personView } from './person-view.js';

/**
 * `/api/people`. Reading one person is open to every signed-in account because the core's
 * parameter loader answers 404 for anyone else's dossier when the account lacks `people.read`:
 * an employee reads only their own. The whole national register number shows only here, and
 * only with `people.national-number`.
 */
@injectable()
export class PeopleRoutes implements RouteContribution {
  readonly pluginId = 'core';

  @inject(PersonService) private readonly people!: PersonService;

  registerRoutes(routes: RouteRegistrar): void {
    routes.add({
      method: 'get', path: '/people', summary: 'List and search people', tags: ['people'],
      access: { permission: PERMISSIONS.peopleRead }, query: personListQuery,
      handler: async (ctx, { query }): Promise<PersonListDto> => {
        const page = await this.people.list(ctx, query);
        const view = await this.viewer(ctx);
        return { items: page.items.map((person) => view(person)), total: page.total };
      },
    });

    routes.add({
      method: 'post', path: '/people', summary: 'Add a person', tags: ['people'],
      access: { permission: PERMISSIONS.peopleManage }, body: personCreateBody, status: 201,
      handler: async (ctx, { body }) =>
        (await this.viewer(ctx))(await this.people.create(ctx, body)),
    });

    routes.add({
      method: 'get', path: '/people/:id', summary: 'Read one person', tags: ['people'],
      access: 'signed-in', params: { id: Person },
      handler: async (ctx, { params }) => this.readOne(ctx, params.id),
    });

    routes.add({
      method: 'patch', path: '/people/:id',
      summary: 'Change a person; send the version you read (428 without it, 409 when stale)',
      tags: ['people'], access: { permission: PERMISSIONS.peopleManage },
      params: { id: Person }, body: personPatchBody,
      handler: async (ctx, { params, body }) =>
        (await this.viewer(ctx))(await this.people.update(ctx, params.id, body)),
    });

    routes.add({
      method: 'delete', path: '/people/:id',
      summary: 'Delete a person (409 while a sign-in account is linked to them)',
      tags: ['people'], access: { permission: PERMISSIONS.peopleDelete }, params: { id: Person },
      handler: async (ctx, { params }) => this.people.delete(ctx, params.id),
    });
  }

  private async readOne(ctx: RequestContext, person: Person): Promise<PersonDto> {
    const nationalRegisterNumber = ctx.can(PERMISSIONS.nationalNumber)
      ? await this.people.nationalNumberOf(ctx, person)
      : undefined;
    // Who saw the whole national register number is worth knowing on its own.
    ctx.audit({
      action: 'person.read', subjectType: 'person', subjectId: person.id, personId: person.id,
      details: nationalRegisterNumber ? { shown: ['nationalRegisterNumber'] } : undefined,
    });
    return (await this.viewer(ctx))(person, nationalRegisterNumber);
  }

  /** Turns people into answers for this account; masked numbers unless one is handed in. */
  private async viewer(ctx: RequestContext) {
    const definitions = await this.people.fieldDefinitions(ctx);
    const hidden = hiddenFieldsOf(ctx.tenant);
    const employeeView = !ctx.can(PERMISSIONS.peopleRead);
    return (person: Person, nationalRegisterNumber?: string) =>
      personView(person, { definitions, hidden, employeeView, nationalRegisterNumber });
  }
}
