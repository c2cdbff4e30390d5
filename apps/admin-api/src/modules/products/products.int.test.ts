import { decryptSecret } from '@gatehouse/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  configVersion,
  startResourceTest,
  type ResourceTest,
} from '../resource-support/resource-test-kit.js';

type Product = {
  id: string;
  slug: string;
  kind: string;
  visibility: string;
  hasOpenApiDocument: boolean;
  hasUpstreamCredentials: boolean;
  openApiDocument?: object | null;
  archivedAt: string | null;
};
type Page<T> = { data: T[]; nextCursor: string | null };

const DOC = { openapi: '3.1.0', info: { title: 'Orders', version: '1' }, paths: {} };
const UPSTREAM_SECRET = 'orders-upstream-secret-42';

describe('API products', () => {
  let t: ResourceTest;
  beforeAll(async () => {
    t = await startResourceTest('res-products');
  });
  afterAll(async () => t.close());

  it('creates a REST product with its document and write-only upstream credentials', async () => {
    const version = await configVersion(t.db, t.org.orgId);
    const created = await t.call<Product>('ADMIN', 'POST', '/products', {
      slug: 'orders',
      name: 'Orders',
      kind: 'REST',
      openApiDocument: DOC,
      approvalMode: 'MANUAL',
      upstreamCredentials: { 'x-upstream-key': UPSTREAM_SECRET },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      kind: 'REST',
      hasOpenApiDocument: true,
      hasUpstreamCredentials: true,
    });
    expect(await configVersion(t.db, t.org.orgId)).toBe(version + 1n);
    const detail = await t.call<Product>('DEVELOPER', 'GET', `/products/${created.body.id}`);
    expect(detail.body.openApiDocument).toEqual(DOC);
    for (const body of [
      created.body,
      detail.body,
      (await t.call('ADMIN', 'GET', '/products')).body,
    ]) {
      expect(JSON.stringify(body)).not.toContain(UPSTREAM_SECRET);
    }
    const row = await t.db.apiProduct.findUniqueOrThrow({ where: { id: created.body.id } });
    expect(
      JSON.parse(decryptSecret(row.upstreamCredentialsEnc!, t.app.env.ENCRYPTION_KEY)),
    ).toEqual({
      'x-upstream-key': UPSTREAM_SECRET,
    });
  });

  it('validates the document and the shape per kind', async () => {
    const swagger = await t.call('ADMIN', 'POST', '/products', {
      slug: 's2',
      name: 'S',
      kind: 'REST',
      openApiDocument: { swagger: '2.0', info: {} },
    });
    expect(swagger.status).toBe(400);
    expect(swagger.body.error.param).toBe('openApiDocument');
    const aiDoc = await t.call('ADMIN', 'POST', '/products', {
      slug: 'ai2',
      name: 'AI',
      kind: 'AI',
      openApiDocument: DOC,
    });
    expect(aiDoc.body.error.param).toBe('openApiDocument');
    const aiCreds = await t.call('ADMIN', 'POST', '/products', {
      slug: 'ai3',
      name: 'AI',
      kind: 'AI',
      upstreamCredentials: { 'x-k': 'v' },
    });
    expect(aiCreds.body.error.param).toBe('upstreamCredentials');
    const badSlug = await t.call('ADMIN', 'POST', '/products', {
      slug: 'Has Space',
      name: 'x',
      kind: 'AI',
    });
    expect(badSlug.body.error.param).toBe('slug');
    const dup = await t.call('ADMIN', 'POST', '/products', {
      slug: 'orders',
      name: 'x',
      kind: 'AI',
    });
    expect(dup.status).toBe(409);
    const foreignPolicy = await t.call<{ id: string }>(
      'OTHER_ADMIN',
      'POST',
      '/guardrail-policies',
      {
        name: 'Theirs',
      },
    );
    const withForeign = await t.call('ADMIN', 'POST', '/products', {
      slug: 'ai4',
      name: 'AI',
      kind: 'AI',
      guardrailPolicyId: foreignPolicy.body.id,
    });
    expect(withForeign.status).toBe(404);
    expect(withForeign.body.error.param).toBe('guardrailPolicyId');
  });

  it('hides PRIVATE and archived products from developers, not from admins', async () => {
    const secret = await t.call<Product>('ADMIN', 'POST', '/products', {
      slug: 'secret-ai',
      name: 'Secret',
      kind: 'AI',
      visibility: 'PRIVATE',
    });
    const internal = await t.call<Product>('ADMIN', 'POST', '/products', {
      slug: 'internal-ai',
      name: 'Internal',
      kind: 'AI',
      visibility: 'INTERNAL',
    });
    const devList = await t.call<Page<Product>>('DEVELOPER', 'GET', '/products');
    const devSlugs = devList.body.data.map((p) => p.slug);
    expect(devSlugs).toContain('internal-ai');
    expect(devSlugs).not.toContain('secret-ai');
    expect((await t.call('DEVELOPER', 'GET', `/products/${secret.body.id}`)).status).toBe(404);
    expect((await t.call('AUDITOR', 'GET', `/products/${secret.body.id}`)).status).toBe(200);

    const archived = await t.call<Product>('ADMIN', 'DELETE', `/products/${internal.body.id}`);
    expect(archived.body.archivedAt).not.toBeNull();
    expect((await t.call('DEVELOPER', 'GET', `/products/${internal.body.id}`)).status).toBe(404);
    const adminList = await t.call<Page<Product>>('ADMIN', 'GET', '/products?includeArchived=true');
    expect(adminList.body.data.map((p) => p.slug)).toContain('internal-ai');
    expect((await t.call('OTHER_ADMIN', 'GET', `/products/${secret.body.id}`)).status).toBe(404);
    expect(
      (await t.call('DEVELOPER', 'POST', '/products', { slug: 'd', name: 'd', kind: 'AI' })).status,
    ).toBe(403);
  });

  it('replaces or clears upstream credentials on update', async () => {
    const list = await t.call<Page<Product>>('ADMIN', 'GET', '/products?kind=REST');
    const orders = list.body.data.find((p) => p.slug === 'orders');
    const cleared = await t.call<Product>('ADMIN', 'PATCH', `/products/${orders?.id}`, {
      upstreamCredentials: null,
      visibility: 'INTERNAL',
    });
    expect(cleared.body).toMatchObject({ hasUpstreamCredentials: false, visibility: 'INTERNAL' });
    const row = await t.db.apiProduct.findUniqueOrThrow({ where: { id: orders!.id } });
    expect(row.upstreamCredentialsEnc).toBeNull();
  });
});
