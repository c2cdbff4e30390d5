import {
  decryptSecret,
  fillSecretPlaceholders,
  parseConfigYaml,
  stringifyConfigYaml,
} from '@gatehouse/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestOrg,
  startAdminTestApp,
  type AdminTestApp,
  type TestOrg,
} from '../../test-support/admin-test-app.js';
import { createPat, SECRET_ENV, seedDemoOwner } from './config-test-support.js';

describe('config as code (HTTP)', () => {
  let t: AdminTestApp;
  let source: string;
  let target: TestOrg;
  let writer: string;
  let exported: string;

  const call = (token: string, path: string, init: RequestInit = {}) =>
    fetch(`${t.baseUrl}/api/v1/config/${path}`, {
      ...init,
      headers: { authorization: `Bearer ${token}`, ...(init.headers ?? {}) },
    });
  const apply = (token: string, yaml: string, query = '') =>
    call(token, `apply${query}`, {
      method: 'POST',
      headers: { 'content-type': 'application/yaml' },
      body: yaml,
    });
  const filled = (yaml: string) => {
    const parsed = parseConfigYaml(yaml);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    const result = fillSecretPlaceholders(parsed.documents, SECRET_ENV);
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    return stringifyConfigYaml(result.documents);
  };

  beforeAll(async () => {
    t = await startAdminTestApp();
    const demo = await seedDemoOwner(t);
    source = await createPat(t, demo.ownerId, ['config:read']);
    target = await createTestOrg(t.db, 'cac-target');
    writer = await createPat(t, target.users.ADMIN.id, ['config:write']);
    const response = await call(source, 'export');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/yaml');
    exported = await response.text();
  });

  afterAll(async () => {
    await t?.close();
  });

  it('exports every kind by name, with secrets as placeholders only', () => {
    const parsed = parseConfigYaml(exported);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const count = (kind: string) => parsed.documents.filter((d) => d.kind === kind).length;
    expect([
      count('Provider'),
      count('Model'),
      count('ApiProduct'),
      count('Plan'),
      count('Route'),
      count('GuardrailPolicy'),
      count('Prompt'),
    ]).toEqual([5, 9, 2, 3, 3, 1, 2]);
    expect(exported).toContain('apiKey: ${OPENAI_API_KEY}');
    expect(exported).toContain('x-upstream-key: ${ORDERS_UPSTREAM_X_UPSTREAM_KEY}');
    for (const secret of ['sk-mock-openai', 'mock-orders-key', 'mock-azure-key'])
      expect(exported).not.toContain(secret);
    expect(exported).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-/);
  });

  it('dry run plans every create and writes nothing', async () => {
    const response = await apply(writer, filled(exported), '?dryRun=true');
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      changes: { action: string }[];
      diff: string;
      applied: boolean;
    };
    expect(body.applied).toBe(false);
    expect(body.changes).toHaveLength(25);
    expect(body.changes.every((c) => c.action === 'create')).toBe(true);
    expect(body.diff).toContain('+ create Provider openai');
    expect(body.diff).toContain('25 to create, 0 to update, 0 to delete, 0 unchanged');
    expect(await t.db.provider.count({ where: { orgId: target.orgId } })).toBe(0);
  });

  it('apply into an empty org reproduces the configuration byte for byte; a second apply is a no-op', async () => {
    const version = await t.db.configVersion.findUnique({ where: { orgId: target.orgId } });
    const first = await apply(writer, filled(exported));
    expect(first.status).toBe(200);
    const body = (await first.json()) as { changes: unknown[]; applied: boolean };
    expect([body.changes.length, body.applied]).toEqual([25, true]);
    const again = await call(writer, 'export');
    expect(await again.text()).toBe(exported);
    const second = await apply(writer, filled(exported));
    expect(await second.json()).toMatchObject({ changes: [], unchanged: 25, applied: true });
    const bumped = await t.db.configVersion.findUniqueOrThrow({ where: { orgId: target.orgId } });
    expect(bumped.version).toBe((version?.version ?? 0n) + 1n);
    const provider = await t.db.provider.findUniqueOrThrow({
      where: { orgId_slug: { orgId: target.orgId, slug: 'openai' } },
    });
    expect(JSON.parse(decryptSecret(provider.credentialsEnc!, t.env.ENCRYPTION_KEY))).toEqual({
      apiKey: 'sk-env-openai',
    });
    const audit = await t.db.auditLog.findMany({
      where: { orgId: target.orgId, action: 'config.apply' },
    });
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit[0]?.after)).not.toContain('sk-env');
  });

  it('updates a changed field, keeps omitted secrets and prunes only when asked', async () => {
    const changed = filled(exported)
      .replace('inputPerMTokMicros: 150000', 'inputPerMTokMicros: 100000')
      .replace(/\n {2}credentials:\n {4}apiKey: sk-env-openai/, '');
    const withoutRoute = changed
      .split(/^---\n/m)
      .filter((doc) => !doc.includes('name: orders service'))
      .map((doc) => (doc === '' ? '' : `---\n${doc}`))
      .join('');
    const dry = await apply(writer, withoutRoute, '?dryRun=true&prune=true');
    const plan = (await dry.json()) as {
      changes: { action: string; name: string }[];
      diff: string;
    };
    expect(plan.changes.map((c) => `${c.action} ${c.name}`)).toEqual([
      'update gpt-4o-mini',
      'delete orders/orders service',
    ]);
    expect(plan.diff).toContain(
      '    prices: {"cachedInputPerMTokMicros":75000,"inputPerMTokMicros":150000',
    );
    const kept = await apply(writer, withoutRoute);
    expect(((await kept.json()) as { changes: unknown[] }).changes).toHaveLength(1);
    expect(await t.db.route.count({ where: { product: { orgId: target.orgId } } })).toBe(3);
    await apply(writer, withoutRoute, '?prune=true');
    expect(await t.db.route.count({ where: { product: { orgId: target.orgId } } })).toBe(2);
    const provider = await t.db.provider.findUniqueOrThrow({
      where: { orgId_slug: { orgId: target.orgId, slug: 'openai' } },
    });
    expect(JSON.parse(decryptSecret(provider.credentialsEnc!, t.env.ENCRYPTION_KEY))).toEqual({
      apiKey: 'sk-env-openai',
    });
  });

  it('prune archives a product and keeps its plan, deleting its routes', async () => {
    // Back to the full configuration first (the test above pruned a route).
    expect((await apply(writer, filled(exported))).status).toBe(200);
    const withoutOrders = filled(exported)
      .split(/^---\n/m)
      .filter(
        (doc) =>
          doc !== '' && !/^ {2}product: orders$/m.test(doc) && !/^ {2}name: orders$/m.test(doc),
      )
      .map((doc) => `---\n${doc}`)
      .join('');
    const dry = await apply(writer, withoutOrders, '?dryRun=true&prune=true');
    const plan = (await dry.json()) as {
      changes: { action: string; kind: string; name: string }[];
    };
    expect(
      plan.changes.filter((c) => c.action === 'delete').map((c) => `${c.kind} ${c.name}`),
    ).toEqual(['Route orders/orders service', 'ApiProduct orders']);
    expect((await apply(writer, withoutOrders, '?prune=true')).status).toBe(200);
    const product = await t.db.apiProduct.findUniqueOrThrow({
      where: { orgId_slug: { orgId: target.orgId, slug: 'orders' } },
      include: { plans: true, routes: true },
    });
    expect([product.archivedAt !== null, product.plans.length, product.routes.length]).toEqual([
      true,
      1,
      0,
    ]);
    expect(await (await call(writer, 'export')).text()).not.toContain('name: orders\n');
    // Applying the full file again brings the product back from the archive.
    await apply(writer, filled(exported));
    expect(await (await call(writer, 'export')).text()).toBe(exported);
  });

  it('refuses bad files with 400 naming the document and path, writing nothing', async () => {
    const bad = filled(exported).replace('contextWindow: 128000', 'contextWindow: -5');
    const response = await apply(writer, bad);
    expect(response.status).toBe(400);
    const body = (await response.json()) as {
      error: { code: string; param: string; message: string };
    };
    expect(body.error.code).toBe('invalid_config');
    expect(body.error.param).toMatch(/^documents\[\d+\]\.spec\.contextWindow$/);
    const broken = await apply(writer, '---\nkind: [oops\n');
    expect(broken.status).toBe(400);
    expect(((await broken.json()) as { error: { param: string } }).error.param).toBe(
      'documents[0]',
    );
    const unfilled = await apply(writer, exported);
    expect(unfilled.status).toBe(400);
    expect(await unfilled.text()).toContain('unfilled placeholder ${OPENAI_API_KEY}');
    const azure = await apply(
      writer,
      filled(exported).replace('apiVersion: 2024-10-21', 'apiVersion: soon'),
    );
    expect(azure.status).toBe(400);
    expect(((await azure.json()) as { error: { param: string } }).error.param).toMatch(
      /^documents\[\d+\]\.spec\.settings\.apiVersion$/,
    );
    const dangling = filled(exported).replace('provider: openai', 'provider: nowhere');
    const refused = await apply(writer, dangling);
    expect(((await refused.json()) as { error: { message: string } }).error.message).toContain(
      'Provider "nowhere" is not defined',
    );
  });

  it('checks roles and token scopes', async () => {
    const auditor = await createPat(t, target.users.AUDITOR.id, ['config:read']);
    expect((await call(auditor, 'export')).status).toBe(200);
    expect((await apply(auditor, filled(exported))).status).toBe(403);
    const reader = await createPat(t, target.users.ADMIN.id, ['config:read']);
    const scoped = await apply(reader, filled(exported));
    expect(scoped.status).toBe(403);
    expect(((await scoped.json()) as { error: { code: string } }).error.code).toBe(
      'insufficient_scope',
    );
    const developer = await createPat(t, target.users.DEVELOPER.id, ['config:read']);
    expect((await call(developer, 'export')).status).toBe(403);
  });
});
