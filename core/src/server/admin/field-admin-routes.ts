import { inject, injectable } from 'inversify';
import type { RouteContribution } from '../plugins/extension-points.js';
import type { RouteRegistrar } from '../http/route-registrar.js';
import { FieldDefinition } from '../entities/field-definition.js';
import { PERMISSIONS } from '../../common/permissions.js';
import { activeFilterQuery, orderBody } from './admin-schemas.js';
import { createFieldBody, patchFieldBody } from './field-schemas.js';
import { FieldDefinitionService, fieldView } from './field-definition-service.js';

/** `/api/admin/fields`: the tenant's own person fields. */
@injectable()
export class FieldAdminRoutes implements RouteContribution {
  readonly pluginId = 'core';

  @inject(FieldDefinitionService) private readonly fields!: FieldDefinitionService;

  registerRoutes(routes: RouteRegistrar): void {
    const access = { permission: PERMISSIONS.fieldsManage };
    const tags = ['admin'];
    const params = { id: FieldDefinition };

    routes.add({
      method: 'get', path: '/admin/fields', summary: 'List the custom fields', tags, access,
      query: activeFilterQuery,
      handler: async (ctx, { query }) => {
        const items = await this.fields.all(ctx.em, query.active);
        return { items: items.map(fieldView), total: items.length };
      },
    });
    routes.add({
      method: 'post', path: '/admin/fields', summary: 'Add a custom field', tags, access,
      body: createFieldBody, status: 201,
      handler: async (ctx, { body }) => {
        const field = await this.fields.create(ctx.em, body);
        ctx.audit({
          action: 'field.create', subjectType: 'field', subjectId: field.id,
          details: { key: field.key, type: field.type },
        });
        return fieldView(field);
      },
    });
    routes.add({
      method: 'put', path: '/admin/fields/order', summary: 'Reorder the custom fields', tags,
      access, body: orderBody,
      handler: async (ctx, { body }) => {
        const items = await this.fields.order(ctx.em, body.ids);
        ctx.audit({ action: 'field.reorder', subjectType: 'field' });
        return { items: items.map(fieldView), total: items.length };
      },
    });
    routes.add({
      method: 'patch', path: '/admin/fields/:id',
      summary: 'Change a custom field (its key and type are fixed)', tags, access, params,
      body: patchFieldBody,
      handler: async (ctx, { params: { id: field }, body }) => {
        const changed = await this.fields.update(ctx.em, field, body);
        if (changed.length > 0) {
          ctx.audit({
            action: 'field.update', subjectType: 'field', subjectId: field.id,
            details: { key: field.key, fields: changed },
          });
        }
        return fieldView(field);
      },
    });
    routes.add({
      method: 'delete', path: '/admin/fields/:id',
      summary: 'Retire a custom field; the values people have stay stored', tags, access, params,
      handler: async (ctx, { params: { id: field } }) => {
        if (field.active) {
          field.active = false;
          ctx.audit({
            action: 'field.retire', subjectType: 'field', subjectId: field.id,
            details: { key: field.key },
          });
        }
        return undefined;
      },
    });
  }
}
