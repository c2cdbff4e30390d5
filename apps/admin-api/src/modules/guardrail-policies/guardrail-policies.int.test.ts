import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  configVersion,
  startResourceTest,
  type ResourceTest,
} from '../resource-support/resource-test-kit.js';

type Policy = { id: string; name: string; isDefault: boolean; input: object; output: object };

describe('guardrail policies', () => {
  let t: ResourceTest;
  beforeAll(async () => {
    t = await startResourceTest('res-guardrails');
  });
  afterAll(async () => t.close());

  const input = {
    detectors: [
      { kind: 'email', action: 'redact' },
      { kind: 'custom_regex', action: 'block', pattern: 'ACME-\\d{6}' },
      { kind: 'deny_words', action: 'mask', words: ['project-x'] },
    ],
    injection: { threshold: 0.8, action: 'block' },
  };

  it('stores validated rules and keeps one default per org', async () => {
    const version = await configVersion(t.db, t.org.orgId);
    const first = await t.call<Policy>('ADMIN', 'POST', '/guardrail-policies', {
      name: 'Strict',
      isDefault: true,
      input,
    });
    expect(first.status).toBe(201);
    expect(first.body.input).toEqual({
      detectors: input.detectors,
      injection: { enabled: true, threshold: 0.8, action: 'block' },
    });
    expect(first.body.output).toEqual({ detectors: [] });
    expect(await configVersion(t.db, t.org.orgId)).toBe(version + 1n);

    const second = await t.call<Policy>('ADMIN', 'POST', '/guardrail-policies', {
      name: 'Lenient',
      isDefault: true,
    });
    expect(second.body.isDefault).toBe(true);
    const firstNow = await t.call<Policy>('AUDITOR', 'GET', `/guardrail-policies/${first.body.id}`);
    expect(firstNow.body.isDefault).toBe(false);

    const updated = await t.call<Policy>('ADMIN', 'PATCH', `/guardrail-policies/${first.body.id}`, {
      output: { detectors: [{ kind: 'secret', action: 'redact' }] },
    });
    expect(updated.body.output).toEqual({ detectors: [{ kind: 'secret', action: 'redact' }] });
    expect(updated.body.input).toMatchObject({ detectors: input.detectors });
  });

  it('names the bad part of a rule set in a 400', async () => {
    const unknownKind = await t.call('ADMIN', 'POST', '/guardrail-policies', {
      name: 'x',
      input: { detectors: [{ kind: 'passport', action: 'block' }] },
    });
    expect(unknownKind.status).toBe(400);
    expect(unknownKind.body.error.param).toBe('input.detectors.0.kind');
    const badAction = await t.call('ADMIN', 'POST', '/guardrail-policies', {
      name: 'x',
      output: { detectors: [{ kind: 'email', action: 'shred' }] },
    });
    expect(badAction.body.error.param).toBe('output.detectors.0.action');
    const badRegex = await t.call('ADMIN', 'POST', '/guardrail-policies', {
      name: 'x',
      input: { detectors: [{ kind: 'custom_regex', action: 'block', pattern: '(' }] },
    });
    expect(badRegex.body.error.param).toBe('input.detectors.0.pattern');
    const threshold = await t.call('ADMIN', 'POST', '/guardrail-policies', {
      name: 'x',
      input: { injection: { threshold: 2, action: 'block' } },
    });
    expect(threshold.body.error.param).toBe('input.injection.threshold');
    const dup = await t.call('ADMIN', 'POST', '/guardrail-policies', { name: 'Strict' });
    expect(dup.status).toBe(409);
  });

  it('is admin-written, auditor-read and org-scoped', async () => {
    const created = await t.call<Policy>('ADMIN', 'POST', '/guardrail-policies', { name: 'Temp' });
    expect((await t.call('DEVELOPER', 'GET', '/guardrail-policies')).status).toBe(403);
    expect(
      (await t.call('AUDITOR', 'PATCH', `/guardrail-policies/${created.body.id}`, {})).status,
    ).toBe(403);
    expect(
      (await t.call('OTHER_ADMIN', 'GET', `/guardrail-policies/${created.body.id}`)).status,
    ).toBe(404);
    expect(
      (await t.call('OTHER_ADMIN', 'DELETE', `/guardrail-policies/${created.body.id}`)).status,
    ).toBe(404);
    expect((await t.call('ADMIN', 'DELETE', `/guardrail-policies/${created.body.id}`)).status).toBe(
      204,
    );
    expect((await t.call('ADMIN', 'GET', `/guardrail-policies/${created.body.id}`)).status).toBe(
      404,
    );
  });
});
