import crypto from 'node:crypto';
import type { EntityClass } from '@mikro-orm/core';
import { z, type ZodType } from 'zod';
import type { RegisteredRoute } from '../server/http/route-registrar.js';
import { RouteRegistry } from '../server/http/route-registry.js';
import type { TestApp } from './test-app.js';

/** A JSON Schema as zod writes it, reduced to what the walkers read. */
export interface WalkSchema {
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  const?: unknown;
  pattern?: string;
  minimum?: number;
  maxLength?: number;
  minLength?: number;
  anyOf?: WalkSchema[];
  properties?: Record<string, WalkSchema>;
  required?: string[];
}

/** Every route the server registered, core and plugins alike. */
export function registeredRoutes(test: TestApp): readonly RegisteredRoute[] {
  return test.app.container.get(RouteRegistry).all();
}

/** `GET /api/people/:id`: how a failure names a route. */
export function routeLabel(route: RegisteredRoute): string {
  return `${route.method.toUpperCase()} ${route.fullPath}`;
}

/** Names of the path parameters, in order. */
export function pathParamsOf(route: RegisteredRoute): string[] {
  return [...route.fullPath.matchAll(/:([A-Za-z0-9_]+)/g)].map((m) => m[1]!);
}

/** The entity classes the core loads for a route's path parameters, by parameter name. */
export function declaredParamsOf(route: RegisteredRoute): Record<string, EntityClass<object>> {
  return (route.params ?? {}) as Record<string, EntityClass<object>>;
}

/** Path parameters that the core does not load: the route reads them itself. */
export function undeclaredParamsOf(route: RegisteredRoute): string[] {
  const declared = declaredParamsOf(route);
  return pathParamsOf(route).filter((name) => !(name in declared));
}

/** The route's path with each parameter replaced by the given value. */
export function pathWith(route: RegisteredRoute, values: Record<string, string>): string {
  return route.fullPath.replace(/:([A-Za-z0-9_]+)/g, (_match, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`No value for :${name} of ${routeLabel(route)}.`);
    return encodeURIComponent(value);
  });
}

/** A UUID that names no row anywhere. */
export function unknownId(): string {
  return crypto.randomUUID();
}

/** The JSON Schema of a zod schema, as the OpenAPI document shows it (what it accepts). */
export function walkSchemaOf(schema: unknown, io: 'input' | 'output' = 'input'): WalkSchema {
  return z.toJSONSchema(schema as ZodType, { io, unrepresentable: 'any' }) as WalkSchema;
}

/** A top-level field of a route's body, with the JSON types its schema allows. */
export interface BodyField {
  name: string;
  schema: WalkSchema;
  /** Empty when the schema does not say (a preprocess step takes anything). */
  types: string[];
}

/** The top-level fields of a route's body schema; none when the body is not an object. */
export function bodyFieldsOf(route: RegisteredRoute): BodyField[] {
  if (!route.body) return [];
  const input = walkSchemaOf(route.body).properties ?? {};
  const output = walkSchemaOf(route.body, 'output').properties ?? {};

  return Object.entries(input).map(([name, schema]) => {
    const types = typesOf(schema);
    return { name, schema, types: types.length ? types : typesOf(output[name] ?? {}) };
  });
}

/** A JSON value of none of the types given; undefined when the types are unknown or all. */
export function wrongValueFor(types: string[]): unknown {
  if (!types.length) return undefined;
  const candidates: Array<[string, unknown]> = [
    ['number', 12345], ['string', 'not-a-valid-value'], ['boolean', true],
    ['object', { dots: 'wrong' }], ['array', [12345]],
  ];
  const allowed = new Set(types.flatMap((type) => (type === 'integer' ? ['number'] : [type])));
  return candidates.find(([type]) => !allowed.has(type))?.[1];
}

/**
 * Values for the required query parameters of a route, guessed from its schema, with `given`
 * on top. Undefined when a required parameter cannot be guessed: the caller must name it.
 */
export function requiredQueryOf(
  route: RegisteredRoute,
  given: Record<string, string> = {},
): Record<string, string> | undefined {
  if (!route.query) return { ...given };
  const schema = walkSchemaOf(route.query);
  const query: Record<string, string> = {};

  for (const name of schema.required ?? []) {
    const value = sampleOf(schema.properties?.[name] ?? {});
    if (value === undefined && !(name in given)) return undefined;
    if (value !== undefined) query[name] = value;
  }
  return { ...query, ...given };
}

/** `?a=1&b=2`, or nothing for no parameters. */
export function queryString(query: Record<string, string>): string {
  const text = new URLSearchParams(query).toString();
  return text ? `?${text}` : '';
}

/** Names of the query parameters whose schema is a string, e.g. a search box or an id filter. */
export function stringQueryParamsOf(
  route: RegisteredRoute,
): Array<{ name: string; format?: string }> {
  if (!route.query) return [];
  const properties = walkSchemaOf(route.query).properties ?? {};
  return Object.entries(properties)
    .map(([name, property]) => ({ name, property: stringVariantOf(property) }))
    .filter((entry) => entry.property && !entry.property.enum && !entry.property.pattern)
    .map((entry) => ({ name: entry.name, format: entry.property!.format }));
}

function sampleOf(schema: WalkSchema): string | undefined {
  if (schema.const !== undefined) return String(schema.const);
  if (schema.enum?.length) return String(schema.enum[0]);
  if (schema.anyOf) return schema.anyOf.map(sampleOf).find((value) => value !== undefined);

  const types = [schema.type].flat();
  if (types.includes('integer') || types.includes('number')) return String(schema.minimum ?? 1);
  if (types.includes('boolean')) return 'true';
  if (!types.includes('string') || schema.pattern) return undefined;
  if (schema.format === 'date') return new Date().toISOString().slice(0, 10);
  if (schema.format === 'date-time') return new Date().toISOString();
  if (schema.format === 'uuid') return unknownId();
  return 'a'.repeat(Math.max(1, schema.minLength ?? 1));
}

function typesOf(schema: WalkSchema): string[] {
  const own = schema.type === undefined ? [] : [schema.type].flat();
  return [...new Set([...own, ...(schema.anyOf ?? []).flatMap(typesOf)])];
}

function stringVariantOf(schema: WalkSchema): WalkSchema | undefined {
  if ([schema.type].flat().includes('string')) return schema;
  return schema.anyOf?.find((variant) => [variant.type].flat().includes('string'));
}
