import { refuse, type Result } from '../snapshot/gateway-error.js';
import {
  scopedKey,
  type OidcIssuerEntry,
  type PolicySnapshot,
} from '../snapshot/policy-snapshot.js';
import type { Principal } from '../snapshot/principal.js';
import type { ApplicationRow, TeamRow } from '../snapshot/snapshot-rows.js';
import { readClaimPath } from './read-claim-path.js';

/** Claim-mapping keys an issuer may set, and the claim path used when it sets none. */
export const DEFAULT_CLAIM_PATHS = { team: null, application: 'azp' } as const;

type Lookup<T> = { ok: true; value: T } | { ok: false; message: string };

function findTeam(snapshot: PolicySnapshot, orgId: string, value: string): TeamRow | undefined {
  const byId = snapshot.teams.get(value);
  if (byId?.orgId === orgId) return byId;
  return snapshot.teamsBySlug.get(scopedKey(orgId, value));
}

// An application claim holds an id or a name; a name is unique per team, so without a team
// claim it must be unique in the org.
function findApplication(
  snapshot: PolicySnapshot,
  orgId: string,
  value: string,
  team: TeamRow | undefined,
): Lookup<ApplicationRow> {
  const byId = snapshot.applications.get(value);
  const candidates =
    byId?.orgId === orgId
      ? [byId]
      : (snapshot.applicationsByName.get(scopedKey(orgId, value)) ?? []);
  const inTeam = team === undefined ? candidates : candidates.filter((a) => a.teamId === team.id);
  const [app, ...others] = inTeam;
  if (app === undefined) {
    const where = team === undefined ? 'this organization' : `team \`${team.slug}\``;
    return {
      ok: false,
      message: `The token names application \`${value}\`, which is not in ${where}.`,
    };
  }
  if (others.length > 0) {
    return {
      ok: false,
      message: `The token names application \`${value}\`, which several teams have; map a team claim too.`,
    };
  }
  return { ok: true, value: app };
}

function mapped(issuer: OidcIssuerEntry, key: keyof typeof DEFAULT_CLAIM_PATHS): string | null {
  return issuer.claimMapping[key] ?? DEFAULT_CLAIM_PATHS[key];
}

/**
 * The principal a verified JWT stands for, through its issuer's claim mapping (e.g.
 * `{ "team": "groups[0]", "application": "azp" }`): the team by id or slug, the application by
 * id or name, both within the issuer's org. Refuses (403 `permission_denied`) a token that names
 * no known, live application.
 */
export function mapJwtClaims(
  claims: Readonly<Record<string, unknown>>,
  issuer: OidcIssuerEntry,
  snapshot: PolicySnapshot,
): Result<{ principal: Principal }> {
  const teamPath = mapped(issuer, 'team');
  const teamValue = teamPath === null ? undefined : readClaimPath(claims, teamPath);
  const team = teamValue === undefined ? undefined : findTeam(snapshot, issuer.orgId, teamValue);
  if (teamValue !== undefined && team === undefined) {
    return refuse(
      'permission_denied',
      `The token names team \`${teamValue}\`, which does not exist.`,
    );
  }
  const appPath = mapped(issuer, 'application') ?? 'azp';
  const appValue = readClaimPath(claims, appPath);
  if (appValue === undefined) {
    return refuse(
      'permission_denied',
      `The token has no \`${appPath}\` claim naming an application.`,
    );
  }
  const app = findApplication(snapshot, issuer.orgId, appValue, team);
  if (!app.ok) return refuse('permission_denied', app.message);
  const appTeam = snapshot.teams.get(app.value.teamId);
  if (appTeam === undefined || app.value.archivedAt !== null) {
    return refuse('permission_denied', `The application \`${app.value.name}\` is archived.`);
  }
  return { ok: true, principal: jwtPrincipal(claims, appTeam, app.value) };
}

function jwtPrincipal(
  claims: Readonly<Record<string, unknown>>,
  team: TeamRow,
  app: ApplicationRow,
): Principal {
  return {
    authKind: 'jwt',
    orgId: app.orgId,
    teamId: team.id,
    teamSlug: team.slug,
    costCenter: team.costCenter,
    region: team.region,
    applicationId: app.id,
    applicationName: app.name,
    apiKeyId: null,
    keyPrefix: null,
    keyAllowedModels: [],
    scopes: [],
    subject: typeof claims['sub'] === 'string' ? claims['sub'] : null,
  };
}
