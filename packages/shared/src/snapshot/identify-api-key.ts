import { hashApiKey } from '../keys/hash-api-key.js';
import { keyPrefix } from '../keys/key-prefix.js';
import { refuse, type GatewayError, type Result } from './gateway-error.js';
import type { PolicySnapshot } from './policy-snapshot.js';
import type { Principal } from './principal.js';

// OpenAI's wording, so SDK users recognise it; the key is never echoed beyond its prefix.
const MISSING_KEY =
  "You didn't provide an API key. You need to provide your API key in an Authorization header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY), or as the x-api-key header.";

const incorrect = (raw: string) =>
  `Incorrect API key provided: ${keyPrefix(raw)}****. You can find or create your API keys in the developer portal.`;

/** The 401 for a request that carries no credential at all. */
export function missingApiKey(): { ok: false; error: GatewayError } {
  return refuse('invalid_api_key', MISSING_KEY);
}

/**
 * Who a raw API key belongs to. Refuses (401 `invalid_api_key`) a key that is unknown, revoked,
 * expired (a rotated key keeps working until its `expiresAt`, the rotation overlap), or whose
 * application is archived.
 */
export function identifyApiKey(
  snapshot: PolicySnapshot,
  rawKey: string,
  now: Date,
): Result<{ principal: Principal }> {
  if (rawKey.length === 0) return missingApiKey();
  const key = snapshot.apiKeysByHash.get(hashApiKey(rawKey));
  if (key === undefined) return refuse('invalid_api_key', incorrect(rawKey));
  if (key.status !== 'ACTIVE') {
    return refuse('invalid_api_key', `The API key ${key.prefix}**** has been revoked.`);
  }
  if (key.expiresAt !== null && key.expiresAt.getTime() <= now.getTime()) {
    return refuse(
      'invalid_api_key',
      `The API key ${key.prefix}**** expired at ${key.expiresAt.toISOString()}.`,
    );
  }
  const application = snapshot.applications.get(key.applicationId);
  const team = application && snapshot.teams.get(application.teamId);
  if (application === undefined || team === undefined || application.archivedAt !== null) {
    return refuse(
      'invalid_api_key',
      `The application of API key ${key.prefix}**** is archived; its keys no longer work.`,
    );
  }
  return {
    ok: true,
    principal: {
      authKind: 'api_key',
      orgId: key.orgId,
      teamId: team.id,
      teamSlug: team.slug,
      costCenter: team.costCenter,
      region: team.region,
      applicationId: application.id,
      applicationName: application.name,
      apiKeyId: key.id,
      keyPrefix: key.prefix,
      keyAllowedModels: key.allowedModels,
      scopes: key.scopes,
      subject: null,
    },
  };
}
