import {
  GatewayError,
  mapJwtClaims,
  type OidcIssuerEntry,
  type PolicySnapshot,
  type Principal,
  type Result,
} from '@gatehouse/shared';
import { createRemoteJWKSet, decodeJwt, errors, jwtVerify, type JWTPayload } from 'jose';

export type JwtVerifierOptions = {
  /** The snapshot to read trusted issuers and claim mappings from (read per call). */
  snapshot: () => PolicySnapshot;
  /** Allowed clock skew between us and the issuer, in seconds. */
  clockToleranceSeconds?: number;
  /** How long a JWKS fetch may take. */
  jwksTimeoutMs?: number;
};

type RemoteKeys = ReturnType<typeof createRemoteJWKSet>;

const refuse = (message: string) => ({
  ok: false as const,
  error: new GatewayError('invalid_api_key', message),
});

// jose's error codes → what the caller is told; anything else reads as a bad signature.
const REASONS: Readonly<Record<string, string>> = {
  ERR_JWT_EXPIRED: 'The bearer token has expired.',
  ERR_JWT_CLAIM_VALIDATION_FAILED: 'The bearer token was not issued for this gateway.',
  ERR_JWKS_NO_MATCHING_KEY: 'The bearer token is signed with a key its issuer does not publish.',
  ERR_JWKS_TIMEOUT: "The bearer token's issuer keys could not be fetched in time.",
};

function reason(error: unknown): string {
  if (error instanceof errors.JOSEError) {
    return REASONS[error.code] ?? 'The bearer token signature is invalid.';
  }
  return "The bearer token's issuer keys could not be fetched.";
}

/**
 * Verifies OIDC bearer tokens against the JWKS of the issuers an org trusts (OidcIssuer rows in
 * the snapshot): signature, issuer, audience (when the issuer row names one) and expiry, then maps
 * the claims to a principal. One remote key set per JWKS URL, cached: jose refetches only for an
 * unknown key id, at most once per cooldown.
 */
export class JwtVerifier {
  private readonly keySets = new Map<string, RemoteKeys>();

  constructor(private readonly options: JwtVerifierOptions) {}

  async verify(token: string, now: Date = new Date()): Promise<Result<{ principal: Principal }>> {
    let issuer: string | undefined;
    try {
      issuer = decodeJwt(token).iss;
    } catch {
      return refuse('The bearer token is not a valid JWT.');
    }
    const snapshot = this.options.snapshot();
    const trusted = issuer === undefined ? undefined : snapshot.oidcIssuersByIssuer.get(issuer);
    if (trusted === undefined || trusted.length === 0) {
      return refuse('The bearer token was issued by an issuer this gateway does not trust.');
    }
    let lastReason = 'The bearer token could not be verified.';
    for (const entry of trusted) {
      try {
        const payload = await this.verifyWith(token, entry, now);
        return mapJwtClaims(payload, entry, snapshot);
      } catch (error) {
        lastReason = reason(error);
      }
    }
    return refuse(lastReason);
  }

  private async verifyWith(token: string, entry: OidcIssuerEntry, now: Date): Promise<JWTPayload> {
    const { payload } = await jwtVerify(token, this.keySet(entry.jwksUrl), {
      issuer: entry.issuer,
      ...(entry.audience === null ? {} : { audience: entry.audience }),
      currentDate: now,
      clockTolerance: this.options.clockToleranceSeconds ?? 30,
    });
    return payload;
  }

  private keySet(url: string): RemoteKeys {
    let keys = this.keySets.get(url);
    if (keys === undefined) {
      keys = createRemoteJWKSet(new URL(url), {
        timeoutDuration: this.options.jwksTimeoutMs ?? 2_000,
      });
      this.keySets.set(url, keys);
    }
    return keys;
  }
}
