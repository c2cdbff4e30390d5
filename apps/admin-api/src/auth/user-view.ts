import { z } from 'zod';

const roleSchema = z.enum(['OWNER', 'ADMIN', 'DEVELOPER', 'FINANCE', 'AUDITOR']);

/** A user as the API shows it (never a password hash or OIDC subject). */
export const userViewSchema = z.object({
  id: z.string(),
  orgId: z.string(),
  email: z.string(),
  name: z.string(),
  role: roleSchema,
  status: z.enum(['ACTIVE', 'DISABLED']),
  teams: z.array(z.object({ teamId: z.string(), role: z.enum(['MAINTAINER', 'MEMBER']) })),
  lastLoginAt: z.string().nullable(),
  createdAt: z.string(),
});

export type UserView = z.infer<typeof userViewSchema>;

export type UserViewRow = {
  id: string;
  orgId: string;
  email: string;
  name: string;
  role: UserView['role'];
  status: UserView['status'];
  memberships: Array<{ teamId: string; role: 'MAINTAINER' | 'MEMBER' }>;
  lastLoginAt: Date | null;
  createdAt: Date;
};

/** Prisma `select` for a UserViewRow. */
export const USER_VIEW_SELECT = {
  id: true,
  orgId: true,
  email: true,
  name: true,
  role: true,
  status: true,
  memberships: { select: { teamId: true, role: true } },
  lastLoginAt: true,
  createdAt: true,
} as const;

export function toUserView(row: UserViewRow): UserView {
  return {
    id: row.id,
    orgId: row.orgId,
    email: row.email,
    name: row.name,
    role: row.role,
    status: row.status,
    teams: row.memberships.map((m) => ({ teamId: m.teamId, role: m.role })),
    lastLoginAt: row.lastLoginAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

/** What login, sign-up and the OIDC callback return. */
export const sessionResponseSchema = z.object({
  token: z.string(),
  expiresAt: z.string(),
  user: userViewSchema,
});
