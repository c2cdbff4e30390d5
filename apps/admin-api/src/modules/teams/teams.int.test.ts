import {
  configChannelName,
  createRedisClient,
  parseConfigChangeMessage,
} from '@gatehouse/service-kit';
import type { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestOrg,
  loginAs,
  startAdminTestApp,
  type AdminTestApp,
  type TestOrg,
} from '../../test-support/admin-test-app.js';
import { apiClient } from '../../test-support/api-client.js';

let t: AdminTestApp;
let org: TestOrg;
let other: TestOrg;
let call: ReturnType<typeof apiClient>;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  t = await startAdminTestApp();
  call = apiClient(t.baseUrl);
  org = await createTestOrg(t.db, 'teams-org');
  other = await createTestOrg(t.db, 'teams-other');
  for (const role of ['OWNER', 'ADMIN', 'DEVELOPER', 'FINANCE'] as const)
    tokens[role] = await loginAs(t.baseUrl, org.users[role].email, org.password);
  tokens.DEVELOPER_B = await loginAs(t.baseUrl, org.developerOtherTeam.email, org.password);
  tokens.OTHER_ADMIN = await loginAs(t.baseUrl, other.users.ADMIN.email, other.password);
});
afterAll(async () => t.close());

describe('teams', () => {
  it('lets a developer see only their own teams; finance sees all', async () => {
    const dev = await call('GET', '/api/v1/teams', { token: tokens.DEVELOPER });
    expect(dev.body.data.map((team: { id: string }) => team.id)).toEqual([org.teamIds[0]]);
    const hidden = await call('GET', `/api/v1/teams/${org.teamIds[1]}`, {
      token: tokens.DEVELOPER,
    });
    expect(hidden.status).toBe(404);
    const finance = await call('GET', '/api/v1/teams', { token: tokens.FINANCE });
    expect(finance.body.data.map((team: { id: string }) => team.id).sort()).toEqual(
      [...org.teamIds].sort(),
    );
  });

  it('creates, updates and deletes a team, audited, bumping the config version and publishing it', async () => {
    const subscriber: Redis = createRedisClient(t.env.REDIS_URL, 'bullmq');
    await subscriber.connect();
    const messages: string[] = [];
    subscriber.on('message', (_channel: string, message: string) => messages.push(message));
    await subscriber.subscribe(configChannelName(t.env.REDIS_KEY_PREFIX));
    try {
      const versionBefore =
        (await t.db.configVersion.findUnique({ where: { orgId: org.orgId } }))?.version ?? 0n;
      const created = await call('POST', '/api/v1/teams', {
        token: tokens.ADMIN,
        body: { slug: 'platform', name: 'Platform', costCenter: 'CC-100', region: 'eu' },
      });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({
        slug: 'platform',
        costCenter: 'CC-100',
        region: 'eu',
        memberCount: 0,
      });
      const version = (await t.db.configVersion.findUniqueOrThrow({ where: { orgId: org.orgId } }))
        .version;
      expect(version).toBe(versionBefore + 1n);
      await expect.poll(() => messages.length, { timeout: 1000 }).toBeGreaterThan(0);
      expect(messages.map(parseConfigChangeMessage)).toContainEqual({
        orgId: org.orgId,
        version: version.toString(),
      });

      const taken = await call('POST', '/api/v1/teams', {
        token: tokens.ADMIN,
        body: { slug: 'platform', name: 'Again', costCenter: 'CC-1' },
      });
      expect(taken.status).toBe(409);
      expect(taken.body.error).toMatchObject({ code: 'slug_taken', param: 'slug' });

      const updated = await call('PATCH', `/api/v1/teams/${created.body.id}`, {
        token: tokens.ADMIN,
        body: { costCenter: 'CC-200', region: null },
      });
      expect(updated.body).toMatchObject({ costCenter: 'CC-200', region: null });
      expect(
        (await call('DELETE', `/api/v1/teams/${created.body.id}`, { token: tokens.ADMIN })).status,
      ).toBe(204);
      expect(
        (await t.db.configVersion.findUniqueOrThrow({ where: { orgId: org.orgId } })).version,
      ).toBe(version + 2n);

      const audit = await t.db.auditLog.findMany({
        where: { orgId: org.orgId, resourceType: 'team', resourceId: created.body.id },
        orderBy: { id: 'asc' },
      });
      expect(audit.map((row) => row.action)).toEqual(['team.create', 'team.update', 'team.delete']);
      expect(audit[1]).toMatchObject({
        actorId: org.users.ADMIN.id,
        actorType: 'USER',
        before: expect.objectContaining({ costCenter: 'CC-100' }),
        after: expect.objectContaining({ costCenter: 'CC-200' }),
      });
      expect(audit[0]?.ip).toBe('127.0.0.1');
    } finally {
      await subscriber.quit();
    }
  });

  it('lets admins and the team’s maintainers manage members, nobody else', async () => {
    const [teamA] = org.teamIds;
    const add = await call('PUT', `/api/v1/teams/${teamA}/members/${org.users.FINANCE.id}`, {
      token: tokens.ADMIN,
      body: { role: 'MEMBER' },
    });
    expect(add.status).toBe(200);
    expect(add.body).toMatchObject({ userId: org.users.FINANCE.id, role: 'MEMBER' });
    // A plain member may not manage the team…
    const denied = await call('DELETE', `/api/v1/teams/${teamA}/members/${org.users.FINANCE.id}`, {
      token: tokens.DEVELOPER,
    });
    expect(denied.status).toBe(403);
    expect(denied.body.error.code).toBe('team_maintainer_required');
    // …until an admin makes them a maintainer.
    await call('PUT', `/api/v1/teams/${teamA}/members/${org.users.DEVELOPER.id}`, {
      token: tokens.ADMIN,
      body: { role: 'MAINTAINER' },
    });
    const removed = await call('DELETE', `/api/v1/teams/${teamA}/members/${org.users.FINANCE.id}`, {
      token: tokens.DEVELOPER,
    });
    expect(removed.status).toBe(204);
    const members = await call('GET', `/api/v1/teams/${teamA}/members`, {
      token: tokens.DEVELOPER,
    });
    expect(
      members.body.data.map((m: { userId: string; role: string }) => [m.userId, m.role]),
    ).toEqual([[org.users.DEVELOPER.id, 'MAINTAINER']]);
    // A user of another org cannot be added.
    const foreign = await call(
      'PUT',
      `/api/v1/teams/${teamA}/members/${other.users.DEVELOPER.id}`,
      {
        token: tokens.ADMIN,
        body: {},
      },
    );
    expect(foreign.status).toBe(404);
  });
});

describe('tenancy: another organization’s rows are 404', () => {
  it('for teams, members, users and invitations, and lists never show them', async () => {
    const token = tokens.OTHER_ADMIN;
    for (const [method, path] of [
      ['GET', `/api/v1/teams/${org.teamIds[0]}`],
      ['PATCH', `/api/v1/teams/${org.teamIds[0]}`],
      ['DELETE', `/api/v1/teams/${org.teamIds[0]}`],
      ['GET', `/api/v1/teams/${org.teamIds[0]}/members`],
      ['PUT', `/api/v1/teams/${org.teamIds[0]}/members/${other.users.ADMIN.id}`],
      ['GET', `/api/v1/users/${org.users.OWNER.id}`],
      ['PATCH', `/api/v1/users/${org.users.DEVELOPER.id}`],
    ] as const) {
      const response = await call(method, path, {
        token,
        body: { GET: undefined, DELETE: undefined, PATCH: { name: 'x' }, PUT: { role: 'MEMBER' } }[
          method
        ],
      });
      expect(response.status, `${method} ${path}`).toBe(404);
    }
    const invitation = await call('POST', '/api/v1/invitations', {
      token: tokens.ADMIN,
      body: { email: 'someone@teams-org.test' },
    });
    expect(
      (await call('DELETE', `/api/v1/invitations/${invitation.body.id}`, { token })).status,
    ).toBe(404);
    const lists = await Promise.all(
      ['/api/v1/teams', '/api/v1/users', '/api/v1/invitations', '/api/v1/audit-log'].map((path) =>
        call('GET', path, { token }),
      ),
    );
    const text = lists.map((l) => l.text).join('\n');
    for (const id of [org.orgId, ...org.teamIds, org.users.OWNER.id, invitation.body.id])
      expect(text).not.toContain(id);
    expect((await t.db.team.findUnique({ where: { id: org.teamIds[0] } }))?.name).toBe('Team a');
  });
});
