import { callerOf, identifyCaller } from '../identify-caller.js';
import type { LlmDeps, LlmState } from '../llm-state.js';

/** Who is calling: an API key (Bearer, x-api-key, api-key) or an OIDC/JWT bearer token. */
export async function identify(state: LlmState, deps: LlmDeps): Promise<void> {
  const principal = await identifyCaller(state.call.request.headers, state.snapshot, deps);
  state.principal = principal;
  state.call.caller = callerOf(principal);
  state.call.metadata.auth = principal.authKind;
}
