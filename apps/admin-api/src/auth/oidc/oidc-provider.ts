import { createHash, randomBytes } from 'node:crypto';
import { createRemoteJWKSet, jwtVerify, type JWTPayload } from 'jose';
import { z } from 'zod';
import type { OidcSettings } from '../../env.js';

const discoverySchema = z.object({
  issuer: z.string().min(1),
  authorization_endpoint: z.url(),
  token_endpoint: z.url(),
  jwks_uri: z.url(),
});

const tokenResponseSchema = z.object({ id_token: z.string().min(1) });

export const idTokenClaimsSchema = z.object({
  sub: z.string().min(1),
  email: z.email().transform((e) => e.toLowerCase()),
  email_verified: z.boolean().optional(),
  name: z.string().optional(),
  nonce: z.string().optional(),
});

export type IdTokenClaims = z.infer<typeof idTokenClaimsSchema>;

type Discovery = z.infer<typeof discoverySchema>;

const FETCH_TIMEOUT_MS = 5_000;

export function base64url(bytes: Buffer): string {
  return bytes.toString('base64url');
}

/** A PKCE verifier and its S256 challenge (RFC 7636). */
export function pkcePair(): { verifier: string; challenge: string } {
  const verifier = base64url(randomBytes(32));
  return { verifier, challenge: base64url(createHash('sha256').update(verifier).digest()) };
}

/** The OpenID provider as seen from here: discovery, authorization URL, code exchange, ID token. */
export class OidcProvider {
  private discovery: Promise<Discovery> | undefined;
  private jwks: ReturnType<typeof createRemoteJWKSet> | undefined;

  constructor(private readonly settings: OidcSettings) {}

  async authorizationUrl(input: {
    state: string;
    nonce: string;
    challenge: string;
  }): Promise<string> {
    const { authorization_endpoint } = await this.discover();
    const url = new URL(authorization_endpoint);
    const params = {
      response_type: 'code',
      client_id: this.settings.clientId,
      redirect_uri: this.settings.redirectUrl,
      scope: 'openid email profile',
      state: input.state,
      nonce: input.nonce,
      code_challenge: input.challenge,
      code_challenge_method: 'S256',
    };
    for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
    return url.toString();
  }

  /** Exchanges the code (with the PKCE verifier) and verifies the ID token's signature and claims. */
  async exchange(code: string, verifier: string, nonce: string): Promise<IdTokenClaims> {
    const discovery = await this.discover();
    const basic = Buffer.from(
      `${encodeURIComponent(this.settings.clientId)}:${encodeURIComponent(this.settings.clientSecret)}`,
    ).toString('base64');
    const response = await fetch(discovery.token_endpoint, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        authorization: `Basic ${basic}`,
      },
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        code,
        redirect_uri: this.settings.redirectUrl,
        code_verifier: verifier,
        client_id: this.settings.clientId,
      }),
      signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
    });
    if (!response.ok) throw new OidcError(`token endpoint answered ${response.status}`);
    const tokens = tokenResponseSchema.safeParse(await response.json().catch(() => null));
    if (!tokens.success) throw new OidcError('token response has no id_token');
    this.jwks ??= createRemoteJWKSet(new URL(discovery.jwks_uri));
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(tokens.data.id_token, this.jwks, {
        issuer: discovery.issuer,
        audience: this.settings.clientId,
      }));
    } catch (error) {
      throw new OidcError(`ID token rejected: ${(error as Error).message}`);
    }
    const claims = idTokenClaimsSchema.safeParse(payload);
    if (!claims.success) throw new OidcError('ID token lacks sub or a valid email');
    if (claims.data.nonce !== nonce) throw new OidcError('ID token nonce does not match');
    if (claims.data.email_verified === false) throw new OidcError('e-mail not verified');
    return claims.data;
  }

  private discover(): Promise<Discovery> {
    this.discovery ??= this.fetchDiscovery().catch((error: unknown) => {
      this.discovery = undefined; // try again on the next login
      throw error;
    });
    return this.discovery;
  }

  private async fetchDiscovery(): Promise<Discovery> {
    const base = this.settings.issuer.replace(/\/+$/, '');
    const response = await fetch(`${base}/.well-known/openid-configuration`, {
      signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
    });
    if (!response.ok) throw new OidcError(`discovery answered ${response.status}`);
    const parsed = discoverySchema.safeParse(await response.json().catch(() => null));
    if (!parsed.success) throw new OidcError('discovery document is not valid');
    return parsed.data;
  }
}

/** A failure talking to the OpenID provider or validating what it returned. */
export class OidcError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OidcError';
  }
}
