import type { OrgRole } from '@gatehouse/db';

// Role groups, so each permission line reads as a sentence.
const EVERYONE = ['OWNER', 'ADMIN', 'DEVELOPER', 'FINANCE', 'AUDITOR'] as const;
const ADMINS = ['OWNER', 'ADMIN'] as const;
const ADMINS_AUDITOR = ['OWNER', 'ADMIN', 'AUDITOR'] as const;
const ADMINS_FINANCE_AUDITOR = ['OWNER', 'ADMIN', 'FINANCE', 'AUDITOR'] as const;
const ADMINS_DEVELOPER = ['OWNER', 'ADMIN', 'DEVELOPER'] as const;

export const ROLE_GROUPS = {
  EVERYONE,
  ADMINS,
  ADMINS_AUDITOR,
  ADMINS_FINANCE_AUDITOR,
  ADMINS_DEVELOPER,
} as const;

/**
 * THE table of who may do what. Every route names one permission with `@RequirePermission`;
 * the global guard checks the caller's role against this line (and a token's scopes against
 * TOKEN_SCOPES). Team-level limits (a DEVELOPER sees only their teams) are applied by services
 * through `teamScope(actor)`. Rules: FINANCE reads money and no secrets, writes only budgets;
 * AUDITOR reads everything and writes nothing; OWNER and ADMIN do all (only an OWNER grants or
 * revokes OWNER, enforced in the users service). A module joins with one line per permission.
 */
export const PERMISSIONS = {
  // Own account: profile, personal access tokens, logout.
  'account.read': EVERYONE,
  'account.write': EVERYONE,
  'org.read': EVERYONE,
  'org.write': ADMINS,
  // DEVELOPERs read their own teams (filtered by teamScope).
  'teams.read': EVERYONE,
  'teams.write': ADMINS,
  // Team maintainers (DEVELOPER) manage their own team's members; checked in the service.
  'teams.members.write': ADMINS_DEVELOPER,
  'users.read': ADMINS_AUDITOR,
  'users.write': ADMINS,
  'invitations.read': ADMINS_AUDITOR,
  'invitations.write': ADMINS,
  'audit.read': ADMINS_AUDITOR,
  // Applications, keys and subscriptions: DEVELOPERs only their teams' (teamScope in services).
  'applications.read': EVERYONE,
  'applications.write': ADMINS_DEVELOPER,
  'api-keys.read': ['OWNER', 'ADMIN', 'DEVELOPER', 'AUDITOR'],
  'api-keys.write': ADMINS_DEVELOPER,
  'subscriptions.read': ['OWNER', 'ADMIN', 'DEVELOPER', 'AUDITOR'],
  'subscriptions.request': ADMINS_DEVELOPER,
  // Approve, reject, suspend, reactivate.
  'subscriptions.approve': ADMINS,
  // Catalog (models carry prices; DEVELOPERs see no PRIVATE product or non-public plan).
  'models.read': EVERYONE,
  'models.write': ADMINS,
  'products.read': EVERYONE,
  'products.write': ADMINS,
  'plans.read': EVERYONE,
  'plans.write': ADMINS,
  'providers.read': ADMINS_AUDITOR,
  'providers.write': ADMINS,
  'routes.read': ADMINS_AUDITOR,
  'routes.write': ADMINS,
  'guardrail-policies.read': ADMINS_AUDITOR,
  'guardrail-policies.write': ADMINS,
  // "Test this text" against a policy: writes nothing, returns no stored value; DEVELOPERs may
  // try their prompts (they get a verdict, not the policy).
  'guardrails.test': ['OWNER', 'ADMIN', 'DEVELOPER', 'AUDITOR'],
  'budgets.read': ADMINS_FINANCE_AUDITOR,
  'budgets.write': ['OWNER', 'ADMIN', 'FINANCE'],
  'alerts.read': ADMINS_FINANCE_AUDITOR,
  'alerts.write': ADMINS,
  'alert-channels.read': ADMINS_AUDITOR,
  'alert-channels.write': ADMINS,
  // Config as code: export (no secrets) and apply of the whole configuration as YAML.
  'config.read': ADMINS_AUDITOR,
  'config.write': ADMINS,
  // Prompt library: FINANCE has no use for prompt texts; DEVELOPERs read what they call.
  'prompts.read': ['OWNER', 'ADMIN', 'DEVELOPER', 'AUDITOR'],
  'prompts.write': ADMINS,
  // Usage reports: DEVELOPERs only their teams' (teamScope in services); chargeback is org-wide.
  'usage.read': EVERYONE,
  'chargeback.read': ADMINS_FINANCE_AUDITOR,
} as const satisfies Record<string, readonly OrgRole[]>;

export type Permission = keyof typeof PERMISSIONS;

/**
 * What a personal access token's scope lets it reach, as permission-name patterns (`*` matches
 * anything, including dots). A token acts as its user with the user's role, further limited to
 * the union of its scopes' grants minus their exceptions. Identity (users, invitations, org
 * settings, tokens) needs the `admin` scope.
 */
export const TOKEN_SCOPES = {
  'config:read': { grants: ['*.read'], except: [] },
  'config:write': {
    grants: ['*'],
    except: ['users.*', 'invitations.*', 'org.write', 'account.write'],
  },
  'usage:read': {
    grants: ['usage.*', 'reports.*', 'chargeback.*', 'budgets.read', 'account.read'],
    except: ['*.write'],
  },
  admin: { grants: ['*'], except: [] },
} as const satisfies Record<string, { grants: readonly string[]; except: readonly string[] }>;

export type TokenScope = keyof typeof TOKEN_SCOPES;

export const TOKEN_SCOPE_NAMES = Object.keys(TOKEN_SCOPES) as [TokenScope, ...TokenScope[]];
