import { compileErrors, validate } from '@readme/openapi-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAdminTestApp, type AdminTestApp } from '../test-support/admin-test-app.js';
import { OpenApiController } from './openapi.controller.js';

let t: AdminTestApp;
beforeAll(async () => {
  t = await startAdminTestApp();
});
afterAll(async () => t.close());

describe('/api/openapi.json', () => {
  it('is a valid OpenAPI 3.1 document', async () => {
    const response = await fetch(`${t.baseUrl}/api/openapi.json`);
    expect(response.status).toBe(200);
    const document = (await response.json()) as Record<string, unknown>;
    expect(document.openapi).toBe('3.1.0');
    const result = await validate(structuredClone(document) as never);
    expect(result.valid ? 'valid' : compileErrors(result)).toBe('valid');
  });

  it('documents every registered route, with its permission', async () => {
    const document = (await (await fetch(`${t.baseUrl}/api/openapi.json`)).json()) as {
      paths: Record<string, Record<string, { 'x-permission'?: string; summary: string }>>;
    };
    const routes = t.app.get(OpenApiController).routes();
    const undocumented = routes
      .filter((route) => route.doc === null)
      .map((r) => `${r.method} ${r.path}`);
    expect(undocumented).toEqual([]);
    for (const route of routes) {
      const path = route.path.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
      const operation = document.paths[path]?.[route.method.toLowerCase()];
      expect(operation, `${route.method} ${route.path}`).toBeDefined();
      expect(operation?.['x-permission']).toBe(route.permission ?? undefined);
    }
    const login = document.paths['/api/v1/auth/login']?.post as unknown as {
      requestBody: { content: { 'application/json': { schema: { required: string[] } } } };
      security: unknown[];
    };
    expect(login.requestBody.content['application/json'].schema.required).toEqual([
      'email',
      'password',
    ]);
    expect(login.security).toEqual([]);
  });
});

describe('/api/docs', () => {
  it('serves Swagger UI pointing at /api/openapi.json, with its assets from node_modules', async () => {
    const page = await fetch(`${t.baseUrl}/api/docs`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await page.text();
    expect(html).toContain('"/api/openapi.json"');
    expect(html).not.toMatch(/https?:\/\//);
    for (const [asset, type] of [
      ['swagger-ui-bundle.js', /javascript/],
      ['swagger-ui-standalone-preset.js', /javascript/],
      ['swagger-ui.css', /text\/css/],
    ] as const) {
      expect(html).toContain(`/api/docs/${asset}`);
      const response = await fetch(`${t.baseUrl}/api/docs/${asset}`);
      expect(response.status, asset).toBe(200);
      expect(response.headers.get('content-type')).toMatch(type);
      expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(10_000);
    }
  });

  it('serves nothing else from the package', async () => {
    const response = await fetch(`${t.baseUrl}/api/docs/package.json`);
    expect(response.status).toBe(404);
    const traversal = await fetch(`${t.baseUrl}/api/docs/..%2F..%2Fpackage.json`);
    expect(traversal.status).toBe(404);
  });
});
