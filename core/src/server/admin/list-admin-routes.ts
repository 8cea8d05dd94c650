import { inject, injectable } from 'inversify';
import { z } from 'zod';
import type { RouteContribution } from '../plugins/extension-points.js';
import type { RouteRegistrar } from '../http/route-registrar.js';
import type { RequestContext } from '../http/request-context.js';
import { PERMISSIONS } from '../../common/permissions.js';
import { activeFilterQuery, orderBody } from './admin-schemas.js';
import {
  LIST_KINDS, ListService, listItemView, type ListKind, type ListRow,
} from './list-service.js';
import { FieldDefinitionService, fieldView } from './field-definition-service.js';

const itemName = z.string().trim().min(1).max(120);
const createBody = z.strictObject({ name: itemName });
const patchBody = z.strictObject({
  name: itemName.optional(),
  active: z.boolean().optional(),
  position: z.number().int().min(0).max(10_000).optional(),
});

/**
 * `/api/admin/departments`, `/teams` and `/employee-types`: the same five routes for each list,
 * and `GET /api/lists` with the active items of all three, and the active custom fields, for the
 * forms and filters of staff and coaches.
 */
@injectable()
export class ListAdminRoutes implements RouteContribution {
  readonly pluginId = 'core';

  @inject(ListService) private readonly lists!: ListService;
  @inject(FieldDefinitionService) private readonly fields!: FieldDefinitionService;

  registerRoutes(routes: RouteRegistrar): void {
    routes.add({
      method: 'get', path: '/lists',
      summary: 'Active departments, teams, employee types and custom fields, for forms and filters',
      tags: ['lists'], access: { permission: PERMISSIONS.peopleRead },
      handler: async (ctx) => {
        const entries = await Promise.all(LIST_KINDS.map(async (kind) =>
          [kind.key, (await this.lists.all(ctx.em, kind, true)).map(listItemView)] as const));
        const fields = (await this.fields.all(ctx.em, true)).map(fieldView);
        return { ...Object.fromEntries(entries), fields };
      },
    });
    for (const kind of LIST_KINDS) this.registerList(routes, kind);
  }

  private registerList(routes: RouteRegistrar, kind: ListKind): void {
    const base = `/admin/${kind.path}`;
    const access = { permission: PERMISSIONS.listsManage };
    const tags = ['admin'];
    const params = { id: kind.entity };

    routes.add({
      method: 'get', path: base, summary: `List ${kind.path}`, tags, access,
      query: activeFilterQuery,
      handler: async (ctx, { query }) => {
        const items = await this.lists.all(ctx.em, kind, query.active);
        return { items: items.map(listItemView), total: items.length };
      },
    });
    routes.add({
      method: 'post', path: base, summary: `Add to ${kind.path}`, tags, access, body: createBody,
      status: 201,
      handler: async (ctx, { body }) => {
        const item = await this.lists.add(ctx.em, kind, body.name);
        this.audit(ctx, kind, 'create', item, ['name']);
        return listItemView(item);
      },
    });
    routes.add({
      method: 'put', path: `${base}/order`, summary: `Reorder ${kind.path}`, tags, access,
      body: orderBody,
      handler: async (ctx, { body }) => {
        const items = await this.lists.order(ctx.em, kind, body.ids);
        ctx.audit({ action: `${kind.noun}.reorder`, subjectType: kind.noun });
        return { items: items.map(listItemView), total: items.length };
      },
    });
    routes.add({
      method: 'patch', path: `${base}/:id`, summary: `Change one of the ${kind.path}`, tags, access,
      params, body: patchBody,
      handler: async (ctx, { params: { id: item }, body }) => {
        const changed = await this.lists.update(ctx.em, kind, item, body);
        if (changed.length > 0) this.audit(ctx, kind, 'update', item, changed);
        return listItemView(item);
      },
    });
    routes.add({
      method: 'delete', path: `${base}/:id`,
      summary: `Delete one of the ${kind.path}; 409 while people point at it (retire it then)`,
      tags, access, params,
      handler: async (ctx, { params: { id: item } }) => {
        await this.lists.remove(ctx.em, kind, item);
        this.audit(ctx, kind, 'delete', item, []);
        return undefined;
      },
    });
  }

  private audit(
    ctx: RequestContext,
    kind: ListKind,
    verb: string,
    item: ListRow,
    fields: string[],
  ): void {
    ctx.audit({
      action: `${kind.noun}.${verb}`, subjectType: kind.noun, subjectId: item.id,
      details: fields.length > 0 ? { fields } : undefined,
    });
  }
}
