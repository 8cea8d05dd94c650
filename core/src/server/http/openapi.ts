import { z, type ZodType } from 'zod';
import type { RegisteredRoute } from './route-registrar.js';

/** RFC 9457, with DOTS's stable `code` and the field list of validation problems. */
const PROBLEM_SCHEMA = {
  type: 'object',
  required: ['type', 'title', 'status', 'code'],
  properties: {
    type: { type: 'string' },
    title: { type: 'string' },
    status: { type: 'integer' },
    code: { type: 'string' },
    detail: { type: 'string' },
    errors: {
      type: 'array',
      items: {
        type: 'object',
        required: ['field', 'message'],
        properties: { field: { type: 'string' }, message: { type: 'string' } },
      },
    },
  },
};

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
        'the session is a cookie. Routes of a plugin answer 404 when the tenant has not ' +
        'enabled it.',
    },
    components: {
      securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'dots_session' } },
      schemas: { Problem: PROBLEM_SCHEMA },
    },
    paths,
  };
}

function operationOf(route: RegisteredRoute): object {
  // Only the parameters the core loads as rows are ids; others name a plugin, a role, a report.
  const rows = route.params ?? {};
  const pathParams = [...route.fullPath.matchAll(/:([A-Za-z0-9_]+)/g)].map(([, name]) => ({
    name, in: 'path', required: true,
    schema: name! in rows ? { type: 'string', format: 'uuid' } : { type: 'string' },
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
    ...(route.body ? { requestBody: requestBodyOf(route.body as ZodType) } : {}),
    ...(route.multipart ? { requestBody: MULTIPART_FILE } : {}),
    responses: responsesOf(route),
  };
}

/** A route that reads its own multipart body (file uploads) takes one part named `file`. */
const MULTIPART_FILE = {
  required: true,
  content: {
    'multipart/form-data': {
      schema: {
        type: 'object', required: ['file'],
        properties: { file: { type: 'string', format: 'binary' } },
      },
    },
  },
};

function requestBodyOf(schema: ZodType): object {
  return { required: true, content: { 'application/json': { schema: jsonSchemaOf(schema) } } };
}

const PROBLEM = {
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
};

/** The answers a route can give: its success, and the problems the pipeline itself answers. */
function responsesOf(route: RegisteredRoute): Record<string, object> {
  const problems: Record<string, string> = {};
  if (route.body || route.query) problems['400'] = 'Invalid input: `errors` names each field';
  if (route.access !== 'public') {
    problems['401'] = 'Not signed in, or the session ended';
    problems['403'] = 'The role lacks the permission';
  }
  if (route.params || route.section || route.pluginId !== 'core') {
    problems['404'] = 'No such row in your organisation, or the plugin is off';
  }
  return {
    [String(route.status ?? 200)]: { description: 'Success' },
    ...Object.fromEntries(
      Object.entries(problems).map(([status, description]) => [
        status,
        { description, ...PROBLEM },
      ]),
    ),
    default: { description: 'Another problem', ...PROBLEM },
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
