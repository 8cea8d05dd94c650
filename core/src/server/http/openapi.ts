import { z, type ZodType } from 'zod';
import type { RegisteredRoute } from './route-registrar.js';

/**
 * The OpenAPI 3.1 document, generated from the same zod schemas that validate requests, so the
 * documentation cannot drift from what the server accepts.
 */
export function openApiDocument(routes: readonly RegisteredRoute[], version: string): object {
  const paths: Record<string, Record<string, object>> = {};

  for (const route of routes) {
    const path = route.fullPath.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
    paths[path] ??= {};
    paths[path][route.method] = operationOf(route);
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'DOTS API',
      version,
      description:
        'Errors are application/problem+json (RFC 9457). Sign in with POST /api/auth/login; ' +
        'the session is a cookie. Routes of a plugin answer 404 when the tenant has not enabled it.',
    },
    components: {
      securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'dots_session' } },
    },
    paths,
  };
}

function operationOf(route: RegisteredRoute): object {
  const pathParams = [...route.fullPath.matchAll(/:([A-Za-z0-9_]+)/g)].map((m) => ({
    name: m[1], in: 'path', required: true, schema: { type: 'string', format: 'uuid' },
  }));
  const queryParams = route.query ? queryParametersOf(route.query as ZodType) : [];

  return {
    summary: route.summary,
    tags: route.tags ?? [route.pluginId === 'core' ? 'core' : route.pluginId],
    ...(route.access === 'public' ? {} : { security: [{ session: [] }] }),
    ...(typeof route.access === 'object'
      ? { description: `Needs permission \`${route.access.permission}\`.` }
      : {}),
    parameters: [...pathParams, ...queryParams],
    ...(route.body
      ? { requestBody: { required: true, content: { 'application/json': { schema: jsonSchemaOf(route.body as ZodType) } } } }
      : {}),
    responses: {
      [String(route.status ?? 200)]: { description: 'Success' },
      default: { description: 'A problem', content: { 'application/problem+json': {} } },
    },
  };
}

function queryParametersOf(schema: ZodType): object[] {
  const json = jsonSchemaOf(schema) as { properties?: Record<string, object>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, property]) => ({
    name, in: 'query', required: json.required?.includes(name) ?? false, schema: property,
  }));
}

function jsonSchemaOf(schema: ZodType): object {
  try {
    return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
  } catch {
    return {};
  }
}
