import { decryptSecret } from '@gatehouse/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startResourceTest, type ResourceTest } from '../resource-support/resource-test-kit.js';

type Channel = {
  id: string;
  kind: string;
  url: string | null;
  hasSecret: boolean;
  kinds: string[];
};

const SECRET = 'whsec-0123456789abcdef-signing';

describe('alert channels', () => {
  let t: ResourceTest;
  beforeAll(async () => {
    t = await startResourceTest('res-channels');
  });
  afterAll(async () => t.close());

  it('seals the webhook secret and never returns it', async () => {
    const created = await t.call<Channel>('ADMIN', 'POST', '/alert-channels', {
      name: 'Ops webhook',
      kind: 'WEBHOOK',
      url: 'https://hooks.example.test/gatehouse',
      secret: SECRET,
      kinds: ['BUDGET_THRESHOLD', 'COST_ANOMALY'],
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      hasSecret: true,
      kinds: ['BUDGET_THRESHOLD', 'COST_ANOMALY'],
    });
    const row = await t.db.alertChannel.findUniqueOrThrow({ where: { id: created.body.id } });
    expect(decryptSecret(row.secretEnc!, t.app.env.ENCRYPTION_KEY)).toBe(SECRET);
    const reads = [
      created.body,
      (await t.call('AUDITOR', 'GET', `/alert-channels/${created.body.id}`)).body,
      (await t.call('ADMIN', 'GET', '/alert-channels')).body,
      (await t.call('ADMIN', 'PATCH', `/alert-channels/${created.body.id}`, { enabled: false }))
        .body,
    ];
    for (const body of reads) expect(JSON.stringify(body)).not.toContain(SECRET);
    const cleared = await t.call<Channel>('ADMIN', 'PATCH', `/alert-channels/${created.body.id}`, {
      secret: null,
    });
    expect(cleared.body.hasSecret).toBe(false);
  });

  it('checks the shape per kind', async () => {
    const noUrl = await t.call('ADMIN', 'POST', '/alert-channels', { name: 'x', kind: 'WEBHOOK' });
    expect(noUrl.status).toBe(400);
    expect(noUrl.body.error.param).toBe('url');
    const inAppUrl = await t.call('ADMIN', 'POST', '/alert-channels', {
      name: 'x',
      kind: 'IN_APP',
      url: 'https://x.test',
    });
    expect(inAppUrl.body.error.param).toBe('url');
    const shortSecret = await t.call('ADMIN', 'POST', '/alert-channels', {
      name: 'x',
      kind: 'WEBHOOK',
      url: 'https://x.test',
      secret: 'short',
    });
    expect(shortSecret.body.error.param).toBe('secret');
    const inApp = await t.call<Channel>('ADMIN', 'POST', '/alert-channels', {
      name: 'Bell',
      kind: 'IN_APP',
    });
    expect(inApp.body).toMatchObject({ kind: 'IN_APP', url: null, hasSecret: false });
    const dup = await t.call('ADMIN', 'POST', '/alert-channels', { name: 'Bell', kind: 'IN_APP' });
    expect(dup.status).toBe(409);
  });

  it('is admin-written and org-scoped', async () => {
    const channel = await t.call<Channel>('ADMIN', 'POST', '/alert-channels', {
      name: 'Tmp',
      kind: 'IN_APP',
    });
    expect((await t.call('FINANCE', 'GET', '/alert-channels')).status).toBe(403);
    expect((await t.call('AUDITOR', 'DELETE', `/alert-channels/${channel.body.id}`)).status).toBe(
      403,
    );
    expect((await t.call('OTHER_ADMIN', 'GET', `/alert-channels/${channel.body.id}`)).status).toBe(
      404,
    );
    expect((await t.call('ADMIN', 'DELETE', `/alert-channels/${channel.body.id}`)).status).toBe(
      204,
    );
    expect((await t.call('ADMIN', 'GET', `/alert-channels/${channel.body.id}`)).status).toBe(404);
  });
});
