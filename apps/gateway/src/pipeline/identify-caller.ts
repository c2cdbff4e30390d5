import {
  extractCredential,
  identifyApiKey,
  missingApiKey,
  type PolicySnapshot,
  type Principal,
} from '@gatehouse/shared';
import type { IncomingHttpHeaders } from 'node:http';
import type { CallerIdentity } from './gateway-call.js';
import type { LlmDeps } from './llm-state.js';

/** The principal behind a request's credential (API key or OIDC/JWT), or the 401 thrown. */
export async function identifyCaller(
  headers: IncomingHttpHeaders,
  snapshot: PolicySnapshot,
  deps: Pick<LlmDeps, 'verifyJwt' | 'now'>,
): Promise<Principal> {
  const credential = extractCredential(headers);
  const result =
    credential.kind === 'api_key'
      ? identifyApiKey(snapshot, credential.key, deps.now())
      : credential.kind === 'jwt'
        ? await deps.verifyJwt(credential.token)
        : missingApiKey();
  if (!result.ok) throw result.error;
  return result.principal;
}

/** The ledger's view of a principal. */
export function callerOf(principal: Principal): CallerIdentity {
  return {
    orgId: principal.orgId,
    teamId: principal.teamId,
    applicationId: principal.applicationId,
    apiKeyId: principal.apiKeyId,
  };
}
