import { z } from 'zod';
import type { ApiDocOptions } from './api-doc.decorator.js';
import type { RouteInfo } from './list-routes.js';

type JsonObject = Record<string, unknown>;

const ERROR_REF = { $ref: '#/components/schemas/Error' };
const ERROR_STATUSES: Readonly<Record<string, string>> = {
  '400': 'Invalid request',
  '401': 'Not authenticated',
  '403': 'Not allowed',
  '404': 'Not found (or another organization’s)',
};

function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): JsonObject {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, {
    io,
    unrepresentable: 'any',
  }) as JsonObject;
  return rest;
}

function toOpenApiPath(path: string): string {
  return path.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
}

function pathParameters(path: string): JsonObject[] {
  return [...path.matchAll(/:([A-Za-z0-9_]+)/g)].map((m) => ({
    name: m[1],
    in: 'path',
    required: true,
    schema: { type: 'string' },
  }));
}

function queryParameters(query: z.ZodType | undefined): JsonObject[] {
  if (!query) return [];
  const schema = jsonSchema(query, 'input');
  const properties = (schema.properties ?? {}) as Record<string, JsonObject>;
  const required = new Set((schema.required ?? []) as string[]);
  return Object.entries(properties).map(([name, property]) => ({
    name,
    in: 'query',
    required: required.has(name),
    schema: property,
    ...(typeof property.description === 'string' ? { description: property.description } : {}),
  }));
}

function successResponse(doc: ApiDocOptions): JsonObject {
  const status = String(doc.status ?? 200);
  if (doc.produces)
    return {
      [status]: {
        description: 'OK',
        content: Object.fromEntries(doc.produces.map((type) => [type, { schema: {} }])),
      },
    };
  if (!doc.response) return { [status]: { description: 'OK' } };
  return {
    [status]: {
      description: 'OK',
      content: { 'application/json': { schema: jsonSchema(doc.response, 'output') } },
    },
  };
}

function operation(route: RouteInfo, doc: ApiDocOptions): JsonObject {
  const errors = Object.fromEntries(
    Object.entries(ERROR_STATUSES)
      .filter(([status]) => !route.isPublic || (status !== '401' && status !== '403'))
      .map(([status, description]) => [
        status,
        { description, content: { 'application/json': { schema: ERROR_REF } } },
      ]),
  );
  const parameters = [...pathParameters(route.path), ...queryParameters(doc.query)];
  return {
    operationId: `${route.controller}_${route.handler}`,
    summary: doc.summary,
    ...(doc.description ? { description: doc.description } : {}),
    tags: doc.tags,
    ...(parameters.length > 0 ? { parameters } : {}),
    ...(doc.body
      ? {
          requestBody: {
            required: true,
            content: { 'application/json': { schema: jsonSchema(doc.body, 'input') } },
          },
        }
      : {}),
    responses: { ...successResponse(doc), ...errors },
    ...(route.isPublic ? { security: [] } : {}),
    ...(route.permission ? { 'x-permission': route.permission } : {}),
  };
}

/** The admin API's OpenAPI 3.1 document from its routes' `@ApiDoc` metadata (undocumented skipped). */
export function buildOpenApiDocument(
  routes: readonly RouteInfo[],
  info: { title: string; version: string },
): JsonObject {
  const paths: Record<string, Record<string, JsonObject>> = {};
  for (const route of routes) {
    if (!route.doc) continue;
    const path = toOpenApiPath(route.path);
    paths[path] = { ...paths[path], [route.method.toLowerCase()]: operation(route, route.doc) };
  }
  return {
    openapi: '3.1.0',
    info: { ...info, description: 'Gatehouse control plane: configuration, identity, audit.' },
    servers: [{ url: '/' }],
    security: [{ bearerAuth: [] }],
    paths,
    components: {
      securitySchemes: {
        bearerAuth: {
          type: 'http',
          scheme: 'bearer',
          description: 'A session token from POST /api/v1/auth/login, or a personal access token.',
        },
      },
      schemas: {
        Error: {
          type: 'object',
          required: ['error'],
          properties: {
            error: {
              type: 'object',
              required: ['code', 'message'],
              properties: {
                code: { type: 'string' },
                message: { type: 'string' },
                param: { type: 'string' },
              },
            },
          },
        },
      },
    },
  };
}
