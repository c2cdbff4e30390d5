import type {} from '../../../../scripts/test/provided-context.js';
import { randomBytes } from 'node:crypto';
import argon2 from 'argon2';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createPrismaClient, type DbClient, type OrgRole } from '@gatehouse/db';
import { pino } from 'pino';
import { inject } from 'vitest';
import { createAdminApp } from '../create-admin-app.js';
import { parseAdminApiEnv, type AdminApiEnv } from '../env.js';

export type AdminTestApp = {
  /** `http://127.0.0.1:<ephemeral port>` */
  baseUrl: string;
  /** A Prisma client on the run's database, for arranging rows and asserting on them. */
  db: DbClient;
  app: NestFastifyApplication;
  env: AdminApiEnv;
  close: () => Promise<void>;
};

/** The JWT secret every test app signs sessions with (tests may forge tokens with it). */
export const TEST_JWT_SECRET = 'test-only-session-secret-0123456789abcdef';

/**
 * The admin API on the run's database and Redis prefix (from the integration globalSetup),
 * listening on an ephemeral port. `overrides` are env variables (e.g. SIGNUP_MODE, OIDC_*).
 */
export async function startAdminTestApp(
  overrides: Record<string, string> = {},
): Promise<AdminTestApp> {
  const parsed = parseAdminApiEnv({
    DATABASE_URL: inject('databaseUrl'),
    REDIS_URL: inject('redisUrl'),
    REDIS_KEY_PREFIX: inject('redisPrefix'),
    ENCRYPTION_KEY: randomBytes(32).toString('hex'),
    AUTH_JWT_SECRET: TEST_JWT_SECRET,
    LOG_LEVEL: 'silent',
    ...overrides,
  });
  if (!parsed.ok) throw new Error(parsed.message);
  const { env } = parsed;
  const app = await createAdminApp(env, pino({ level: 'silent' }));
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.getHttpServer().address();
  if (address === null || typeof address === 'string') throw new Error('no TCP address');
  const db = createPrismaClient(env.DATABASE_URL, { maxConnections: 3 });
  // Let Redis connect before the first request so tests see the Redis-backed paths.
  await waitForRedis(app, env);
  return {
    baseUrl: `http://127.0.0.1:${address.port}`,
    db,
    app,
    env,
    close: async () => {
      await app.close();
      await db.$disconnect();
    },
  };
}

async function waitForRedis(app: NestFastifyApplication, env: AdminApiEnv): Promise<void> {
  if (env.SINGLE_NODE) return;
  for (let attempt = 0; attempt < 40; attempt += 1) {
    const response = await app.inject({ method: 'GET', url: '/readyz' });
    if (response.body.includes('"redis":"up"')) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export const TEST_PASSWORD = 'correct-horse-battery-staple';

const ROLES: readonly OrgRole[] = ['OWNER', 'ADMIN', 'DEVELOPER', 'FINANCE', 'AUDITOR'];

export type TestOrg = {
  orgId: string;
  slug: string;
  /** [team A, team B] */
  teamIds: [string, string];
  /** One user per role; the DEVELOPER is a MEMBER of team A. */
  users: Record<OrgRole, { id: string; email: string }>;
  /** A DEVELOPER who is a MEMBER of team B only. */
  developerOtherTeam: { id: string; email: string };
  password: string;
};

/** A fresh organization `slug` with two teams and one user per role (all with TEST_PASSWORD). */
export async function createTestOrg(db: DbClient, slug: string): Promise<TestOrg> {
  // A cheaper argon2id cost than production, for speed; verification reads cost from the hash.
  const passwordHash = await argon2.hash(TEST_PASSWORD, {
    type: argon2.argon2id,
    memoryCost: 4096,
    timeCost: 2,
  });
  const org = await db.organization.create({
    data: { slug, name: `Org ${slug}` },
    select: { id: true },
  });
  const teams = await Promise.all(
    ['a', 'b'].map((suffix) =>
      db.team.create({
        data: {
          orgId: org.id,
          slug: `team-${suffix}`,
          name: `Team ${suffix}`,
          costCenter: `CC-${suffix}`,
        },
        select: { id: true },
      }),
    ),
  );
  const createUser = async (role: OrgRole, local: string) =>
    db.user.create({
      data: { orgId: org.id, email: `${local}@${slug}.test`, name: local, role, passwordHash },
      select: { id: true, email: true },
    });
  const users = {} as Record<OrgRole, { id: string; email: string }>;
  for (const role of ROLES) users[role] = await createUser(role, role.toLowerCase());
  const developerOtherTeam = await createUser('DEVELOPER', 'developer-b');
  await db.teamMembership.createMany({
    data: [
      { teamId: teams[0]!.id, userId: users.DEVELOPER.id, role: 'MEMBER' },
      { teamId: teams[1]!.id, userId: developerOtherTeam.id, role: 'MEMBER' },
    ],
  });
  return {
    orgId: org.id,
    slug,
    teamIds: [teams[0]!.id, teams[1]!.id],
    users,
    developerOtherTeam,
    password: TEST_PASSWORD,
  };
}

/** Logs in through the API and returns the session bearer token. */
export async function loginAs(baseUrl: string, email: string, password: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (response.status !== 200)
    throw new Error(`login as ${email} failed: ${response.status} ${await response.text()}`);
  const body = (await response.json()) as { token: string };
  return body.token;
}
