import {
  LATENCY_HISTOGRAM_LENGTH,
  rollupUsageEvents,
  type RollupSourceEvent,
} from '@gatehouse/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  configVersion,
  lastAudit,
  startResourceTest,
  type ErrorBody,
  type ResourceTest,
} from '../resource-support/resource-test-kit.js';

type Template = {
  id: string;
  slug: string;
  latestVersion: number | null;
  labels: Record<string, unknown>;
};
type Version = { id: string; version: number };
type Rendered = {
  version: number;
  label: string | null;
  messages: Array<{ role: string; content: string }>;
};

const v1 = {
  messages: [
    { role: 'system', content: 'You are a support agent. Answer briefly.' },
    { role: 'user', content: 'Customer {{customer_name}} asks: {{ question }}' },
  ],
  variables: {
    customer_name: { type: 'string', required: true },
    question: { type: 'string', required: true },
  },
  model: 'gpt-4o-mini',
  parameters: { temperature: 0.3 },
  changelog: 'First version.',
};

const v2 = {
  ...v1,
  messages: [
    { role: 'system', content: 'You are a support agent. Answer in a {{tone}} tone.' },
    v1.messages[1],
  ],
  variables: { ...v1.variables, tone: { type: 'string', default: 'friendly' } },
  changelog: 'Tone.',
};

describe('prompts API', () => {
  let t: ResourceTest;
  let template: Template;
  let versions: Version[];

  beforeAll(async () => {
    t = await startResourceTest(`prompts-${Date.now()}`);
  });
  afterAll(async () => t?.close());

  it('lets admins create templates and versions, numbered in order; others may not write', async () => {
    const denied = await t.call('DEVELOPER', 'POST', '/prompts', {
      slug: 'support',
      name: 'Support',
    });
    expect(denied.status).toBe(403);
    const created = await t.call<Template>('ADMIN', 'POST', '/prompts', {
      slug: 'support',
      name: 'Support',
    });
    expect(created.status).toBe(201);
    template = created.body;
    expect(template).toMatchObject({ slug: 'support', latestVersion: null, labels: {} });
    const clash = await t.call('OWNER', 'POST', '/prompts', { slug: 'support', name: 'Again' });
    expect(clash.status).toBe(409);

    const first = await t.call<Version>('ADMIN', 'POST', `/prompts/${template.id}/versions`, v1);
    const second = await t.call<Version>('OWNER', 'POST', `/prompts/${template.id}/versions`, v2);
    expect([first.status, second.status]).toEqual([201, 201]);
    versions = [first.body, second.body];
    expect(versions.map((v) => v.version)).toEqual([1, 2]);
    expect((await lastAudit(t.db, t.org.orgId, template.id))?.action).toBe('prompt.version.create');
  });

  it('refuses a version whose messages use an undeclared variable', async () => {
    const bad = await t.call<ErrorBody>('ADMIN', 'POST', `/prompts/${template.id}/versions`, {
      messages: [{ role: 'user', content: 'Hi {{who}}' }],
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatchObject({ code: 'invalid_request', param: 'variables.who' });
  });

  it('has no way to change a version once written', async () => {
    for (const method of ['PUT', 'PATCH', 'DELETE'] as const) {
      const attempt = await t.call('OWNER', method, `/prompts/${template.id}/versions/1`, v2);
      expect(attempt.status).toBe(404);
    }
    const stored = await t.call<{ messages: unknown }>(
      'AUDITOR',
      'GET',
      `/prompts/${template.id}/versions/1`,
    );
    expect(stored.status).toBe(200);
    expect(stored.body.messages).toEqual(v1.messages);
  });

  it('moves labels (promote, roll back, split), bumps the config version and audits', async () => {
    const before = await configVersion(t.db, t.org.orgId);
    const promote = await t.call<Template>(
      'ADMIN',
      'PUT',
      `/prompts/${template.id}/labels/production`,
      {
        versions: [{ version: 2 }],
      },
    );
    expect(promote.status).toBe(200);
    expect(promote.body.labels).toEqual({ production: [{ version: 2, weight: 100 }] });
    expect(await configVersion(t.db, t.org.orgId)).toBe(before + 1n);
    const audit = await lastAudit(t.db, t.org.orgId, template.id);
    expect(audit?.action).toBe('prompt.label.update');
    expect(audit?.after).toEqual({ label: 'production', versions: [{ version: 2, weight: 100 }] });

    const rollback = await t.call<Template>(
      'ADMIN',
      'PUT',
      `/prompts/${template.id}/labels/production`,
      {
        versions: [{ version: 1, weight: 1 }],
      },
    );
    expect(rollback.body.labels).toEqual({ production: [{ version: 1, weight: 1 }] });
    const unknown = await t.call<ErrorBody>(
      'ADMIN',
      'PUT',
      `/prompts/${template.id}/labels/production`,
      {
        versions: [{ version: 9 }],
      },
    );
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.param).toBe('versions.0.version');
    const badName = await t.call('ADMIN', 'PUT', `/prompts/${template.id}/labels/Bad%20Name`, {
      versions: [{ version: 1 }],
    });
    expect(badName.status).toBe(400);
    const developer = await t.call('DEVELOPER', 'PUT', `/prompts/${template.id}/labels/staging`, {
      versions: [{ version: 1 }],
    });
    expect(developer.status).toBe(403);
  });

  it('removes a label', async () => {
    await t.call('ADMIN', 'PUT', `/prompts/${template.id}/labels/staging`, {
      versions: [{ version: 2 }],
    });
    const removed = await t.call<Template>(
      'ADMIN',
      'DELETE',
      `/prompts/${template.id}/labels/staging`,
    );
    expect(removed.status).toBe(200);
    expect(Object.keys(removed.body.labels)).toEqual(['production']);
    expect((await lastAudit(t.db, t.org.orgId, template.id))?.action).toBe('prompt.label.delete');
    expect((await t.call('ADMIN', 'DELETE', `/prompts/${template.id}/labels/staging`)).status).toBe(
      404,
    );
    expect(
      (await t.call('DEVELOPER', 'DELETE', `/prompts/${template.id}/labels/production`)).status,
    ).toBe(403);
  });

  it('renders strictly: 400 listing missing or unknown variables', async () => {
    const missing = await t.call<ErrorBody>('DEVELOPER', 'POST', `/prompts/${template.id}/render`, {
      variables: { question: 'Where?' },
    });
    expect(missing.status).toBe(400);
    expect(missing.body.error).toEqual({
      code: 'invalid_prompt_variables',
      message: 'missing required variables: customer_name',
      param: 'variables',
    });
    const unknown = await t.call<ErrorBody>('DEVELOPER', 'POST', `/prompts/${template.id}/render`, {
      version: 2,
      variables: { customer_name: 'Ada', question: 'Where?', mood: 'x' },
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.message).toBe('unknown variables: mood');

    const ok = await t.call<Rendered>('DEVELOPER', 'POST', `/prompts/${template.id}/render`, {
      version: 2,
      variables: { customer_name: 'Ada', question: 'Where is my order?' },
    });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ version: 2, label: null });
    expect(ok.body.messages.map((m) => m.content)).toEqual([
      'You are a support agent. Answer in a friendly tone.',
      'Customer Ada asks: Where is my order?',
    ]);
    const noLabel = await t.call<ErrorBody>('DEVELOPER', 'POST', `/prompts/${template.id}/render`, {
      label: 'canary',
      variables: {},
    });
    expect(noLabel.status).toBe(404);
    expect(noLabel.body.error.code).toBe('prompt_label_not_found');
  });

  it('splits a label across versions when rendering by label', async () => {
    await t.call('ADMIN', 'PUT', `/prompts/${template.id}/labels/production`, {
      versions: [
        { version: 1, weight: 50 },
        { version: 2, weight: 50 },
      ],
    });
    const seen = new Set<number>();
    for (let i = 0; i < 40 && seen.size < 2; i++) {
      const r = await t.call<Rendered>('DEVELOPER', 'POST', `/prompts/${template.id}/render`, {
        variables: { customer_name: 'Ada', question: 'Q' },
      });
      expect(r.body.label).toBe('production');
      seen.add(r.body.version);
    }
    expect([...seen].sort()).toEqual([1, 2]);
  });

  it('diffs two versions', async () => {
    const diff = await t.call<{
      changed: boolean;
      text: string;
      sections: Array<{ field: string; changed: boolean }>;
    }>('AUDITOR', 'GET', `/prompts/${template.id}/diff?from=1&to=2`);
    expect(diff.status).toBe(200);
    expect(diff.body.sections.filter((s) => s.changed).map((s) => s.field)).toEqual([
      'messages',
      'variables',
    ]);
    expect(diff.body.text).toContain('-  You are a support agent. Answer briefly.');
    expect(diff.body.text).toContain('+  You are a support agent. Answer in a {{tone}} tone.');
    expect(
      (await t.call('AUDITOR', 'GET', `/prompts/${template.id}/diff?from=1&to=7`)).status,
    ).toBe(404);
  });

  it('reports per-version requests, errors, cost and latency from the rollups', async () => {
    const base = (
      versionId: string,
      at: string,
      extra: Partial<RollupSourceEvent>,
    ): RollupSourceEvent => ({
      orgId: t.org.orgId,
      teamId: t.org.teamIds[0],
      applicationId: null,
      apiKeyId: null,
      productId: null,
      providerId: null,
      modelId: null,
      promptVersionId: versionId,
      occurredAt: new Date(at),
      outcome: 'SUCCESS',
      cacheHit: false,
      inputTokens: 100,
      outputTokens: 20,
      cachedTokens: 0,
      costMicros: 1_000n,
      savedMicros: 0n,
      latencyMs: 200,
      ttftMs: null,
      ...extra,
    });
    const events = [
      base(versions[0]!.id, '2026-03-02T10:00:00Z', {}),
      base(versions[0]!.id, '2026-03-02T11:00:00Z', {
        outcome: 'UPSTREAM_ERROR',
        costMicros: 0n,
        latencyMs: 900,
      }),
      base(versions[1]!.id, '2026-03-03T10:00:00Z', { costMicros: 2_501n, latencyMs: 40 }),
      base(versions[1]!.id, '2026-03-03T10:30:00Z', { costMicros: 2_500n, latencyMs: 80 }),
      base(versions[1]!.id, '2026-03-03T10:45:00Z', { costMicros: 2_500n, latencyMs: 80 }),
      // outside the range asked for
      base(versions[1]!.id, '2026-04-01T00:00:00Z', { costMicros: 99_999n }),
    ];
    const rows = [...rollupUsageEvents(events, 'HOUR'), ...rollupUsageEvents(events, 'DAY')];
    await t.db.usageRollup.createMany({ data: rows });
    const res = await t.call<{
      bucket: string;
      versions: Array<Record<string, unknown>>;
    }>('ADMIN', 'GET', `/prompts/${template.id}/metrics?from=2026-03-01&to=2026-04-01`);
    expect(res.status).toBe(200);
    expect(res.body.bucket).toBe('DAY');
    expect(res.body.versions).toEqual([
      {
        version: 1,
        versionId: versions[0]!.id,
        labels: ['production'],
        requests: 2,
        errors: 1,
        errorRate: 0.5,
        cost: { micros: '1000', usd: '0.001' },
        costPerRequest: { micros: '500', usd: '0.0005' },
        inputTokens: '200',
        outputTokens: '40',
        latencyMs: { avg: 550, p50: 250, p95: 950 },
      },
      {
        version: 2,
        versionId: versions[1]!.id,
        labels: ['production'],
        requests: 3,
        errors: 0,
        errorRate: 0,
        cost: { micros: '7501', usd: '0.007501' },
        costPerRequest: { micros: '2500', usd: '0.0025' },
        inputTokens: '300',
        outputTokens: '60',
        latencyMs: { avg: 67, p50: 62.5, p95: 96.25 },
      },
    ]);
    // an hour range reads the hourly rows
    const hour = await t.call<{ bucket: string; versions: Array<{ requests: number }> }>(
      'ADMIN',
      'GET',
      `/prompts/${template.id}/metrics?from=2026-03-02T10:30:00Z&to=2026-03-02T11:00:00Z`,
    );
    expect(hour.body.bucket).toBe('HOUR');
    // a developer of another team counts none of this (team A's) traffic
    const otherTeam = await t.call<{ versions: Array<{ requests: number }> }>(
      'DEVELOPER_B',
      'GET',
      `/prompts/${template.id}/metrics?from=2026-03-01&to=2026-04-01`,
    );
    expect(otherTeam.body.versions.map((v) => v.requests)).toEqual([0, 0]);
    const sameTeam = await t.call<{ versions: Array<{ requests: number }> }>(
      'DEVELOPER',
      'GET',
      `/prompts/${template.id}/metrics?from=2026-03-01&to=2026-04-01`,
    );
    expect(sameTeam.body.versions.map((v) => v.requests)).toEqual([2, 3]);
    expect(hour.body.versions.map((v) => v.requests)).toEqual([1, 0]);
    expect(LATENCY_HISTOGRAM_LENGTH).toBeGreaterThan(5);
  });

  it('answers bad ids and queries with 404/400, never a 500', async () => {
    expect((await t.call('ADMIN', 'GET', '/prompts/not-a-uuid')).status).toBe(404);
    expect((await t.call('ADMIN', 'GET', `/prompts/${template.id}/versions/abc`)).status).toBe(404);
    expect((await t.call('ADMIN', 'GET', `/prompts/${template.id}/diff?from=a&to=2`)).status).toBe(
      400,
    );
    expect(
      (
        await t.call(
          'ADMIN',
          'GET',
          `/prompts/${template.id}/metrics?from=2026-04-01&to=2026-03-01`,
        )
      ).status,
    ).toBe(400);
    expect(
      (await t.call('ADMIN', 'POST', `/prompts/${template.id}/render`, { variables: 'x' })).status,
    ).toBe(400);
    expect(
      (await t.call('ADMIN', 'POST', '/prompts', { slug: 'Bad Slug', name: 'x' })).status,
    ).toBe(400);
  });

  it('hides the template from other organizations and FINANCE', async () => {
    expect((await t.call('OTHER_ADMIN', 'GET', `/prompts/${template.id}`)).status).toBe(404);
    expect((await t.call('FINANCE', 'GET', `/prompts/${template.id}`)).status).toBe(403);
    const list = await t.call<{ data: Template[] }>('DEVELOPER', 'GET', '/prompts');
    expect(list.body.data.map((p) => p.slug)).toEqual(['support']);
  });
});
