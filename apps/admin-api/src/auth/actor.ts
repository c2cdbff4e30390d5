import type { OrgRole } from '@gatehouse/db';

export type { OrgRole };

/**
 * Who is calling: a signed-in user (session JWT) or a personal access token acting as its user.
 * Built by the global permission guard from the database on every request, so a role change or
 * a disabled account takes effect at once.
 */
export type Actor = {
  kind: 'USER' | 'TOKEN';
  userId: string;
  orgId: string;
  email: string;
  role: OrgRole;
  /** Teams the user belongs to (any team role). */
  teamIds: string[];
  /** Teams where the user is a MAINTAINER. */
  maintainerTeamIds: string[];
  /** The personal access token in use; null for a session. */
  tokenId: string | null;
  /** The token's scopes; null for a session (no scope limit). */
  scopes: string[] | null;
};

// Roles that see every team of their organization; everyone else sees only their own teams.
const ORG_WIDE_ROLES: ReadonlySet<OrgRole> = new Set(['OWNER', 'ADMIN', 'FINANCE', 'AUDITOR']);

/**
 * Which teams' data the actor may see: null = every team of the org (OWNER, ADMIN, FINANCE,
 * AUDITOR); a DEVELOPER gets their own team ids (possibly empty).
 */
export function teamScope(actor: Pick<Actor, 'role' | 'teamIds'>): string[] | null {
  return ORG_WIDE_ROLES.has(actor.role) ? null : [...actor.teamIds];
}
