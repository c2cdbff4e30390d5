/** Who is calling: the application (and key or token) a request is accounted to. */
export type Principal = {
  authKind: 'api_key' | 'jwt';
  orgId: string;
  teamId: string;
  teamSlug: string;
  /** The team's cost center, for chargeback. */
  costCenter: string;
  /** The team's data-residency region: its traffic only goes to targets in this region. */
  region: string | null;
  applicationId: string;
  applicationName: string;
  /** null for JWT callers. */
  apiKeyId: string | null;
  /** Display prefix of the key ("gh_AbCd"); null for JWT callers. */
  keyPrefix: string | null;
  /** Models this key may use (public names, aliases or globs); empty = whatever the plan allows. */
  keyAllowedModels: readonly string[];
  scopes: readonly string[];
  /** The token's `sub` for JWT callers; null for keys. */
  subject: string | null;
};
