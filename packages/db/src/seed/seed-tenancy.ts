import argon2 from 'argon2';
import { DEMO_ORG, DEMO_TEAMS, DEMO_USERS, type TeamSlug } from './demo-catalog.js';
import { countCreated, countUpdated, ensureRow, type SeedRun } from './seed-run.js';

export type Tenancy = {
  orgId: string;
  teamIds: Record<TeamSlug, string>;
  /** email → user id */
  userIds: Map<string, string>;
  adminId: string;
};

/** argon2id, the library's default cost (64 MiB, 3 passes). */
export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id });
}

async function ensureOrg(run: SeedRun): Promise<string> {
  const { prisma } = run;
  const org = await ensureRow(
    run,
    'Organization',
    () => prisma.organization.findUnique({ where: { slug: DEMO_ORG.slug }, select: { id: true } }),
    () =>
      prisma.organization.create({
        data: { ...DEMO_ORG, allowedSignupDomains: [...DEMO_ORG.allowedSignupDomains] },
        select: { id: true },
      }),
  );
  return org.id;
}

async function ensureTeams(run: SeedRun, orgId: string): Promise<Record<TeamSlug, string>> {
  const { prisma } = run;
  const ids: Partial<Record<TeamSlug, string>> = {};
  for (const team of DEMO_TEAMS) {
    const row = await ensureRow(
      run,
      'Team',
      () =>
        prisma.team.findUnique({
          where: { orgId_slug: { orgId, slug: team.slug } },
          select: { id: true },
        }),
      () => prisma.team.create({ data: { orgId, ...team }, select: { id: true } }),
    );
    ids[team.slug] = row.id;
  }
  return ids as Record<TeamSlug, string>;
}

// A user that exists keeps its row; only a password that no longer verifies is re-hashed, so the
// printed password always works and an unchanged one leaves the row untouched.
async function ensureUser(
  run: SeedRun,
  orgId: string,
  user: (typeof DEMO_USERS)[number],
): Promise<string> {
  const { prisma, options } = run;
  const email = (user.email ?? options.adminEmail).toLowerCase();
  const existing = await prisma.user.findUnique({
    where: { email },
    select: { id: true, orgId: true, passwordHash: true },
  });
  if (existing === null) {
    const passwordHash = await hashPassword(options.adminPassword);
    const created = await prisma.user.create({
      data: { orgId, email, name: user.name, role: user.role, passwordHash },
      select: { id: true },
    });
    countCreated(run, 'User');
    return created.id;
  }
  if (existing.orgId !== orgId)
    throw new Error(`seed: user ${email} exists in another organization`);
  const verified =
    existing.passwordHash !== null &&
    (await argon2.verify(existing.passwordHash, options.adminPassword));
  if (!verified) {
    await prisma.user.update({
      where: { id: existing.id },
      data: { passwordHash: await hashPassword(options.adminPassword) },
    });
    countUpdated(run, 'User');
  }
  return existing.id;
}

async function ensureMemberships(
  run: SeedRun,
  userId: string,
  user: (typeof DEMO_USERS)[number],
  teamIds: Record<TeamSlug, string>,
) {
  const { prisma } = run;
  for (const membership of user.teams) {
    const teamId = teamIds[membership.slug];
    await ensureRow(
      run,
      'TeamMembership',
      () =>
        prisma.teamMembership.findUnique({
          where: { teamId_userId: { teamId, userId } },
          select: { teamId: true },
        }),
      () =>
        prisma.teamMembership.create({
          data: { teamId, userId, role: membership.role },
          select: { teamId: true },
        }),
    );
  }
}

/** The organization, its teams with cost centers, and one user per role with team memberships. */
export async function seedTenancy(run: SeedRun): Promise<Tenancy> {
  const orgId = await ensureOrg(run);
  const teamIds = await ensureTeams(run, orgId);
  const userIds = new Map<string, string>();
  let adminId = '';
  for (const user of DEMO_USERS) {
    const id = await ensureUser(run, orgId, user);
    await ensureMemberships(run, id, user, teamIds);
    userIds.set(user.email ?? run.options.adminEmail.toLowerCase(), id);
    if (user.email === null) adminId = id;
  }
  return { orgId, teamIds, userIds, adminId };
}
