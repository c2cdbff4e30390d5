/** What a request presents as its credential. */
export type Credential =
  { kind: 'api_key'; key: string } | { kind: 'jwt'; token: string } | { kind: 'none' };

/** Node/Fastify request headers (names lower-case). */
export type RequestHeaders = Readonly<Record<string, string | readonly string[] | undefined>>;

// Three base64url segments: a JWS in compact form. Gatehouse keys (`gh_…`) contain no dots.
const COMPACT_JWT = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/;
const BEARER = /^bearer\s+(\S+)\s*$/i;

function header(headers: RequestHeaders, name: string): string | undefined {
  const value = headers[name];
  const first = typeof value === 'string' ? value : value?.[0];
  const trimmed = first?.trim();
  return trimmed === undefined || trimmed === '' ? undefined : trimmed;
}

function fromToken(token: string): Credential {
  return COMPACT_JWT.test(token) ? { kind: 'jwt', token } : { kind: 'api_key', key: token };
}

/**
 * The credential of a request, from (in this order) `Authorization: Bearer …` (OpenAI SDKs; a
 * JWT bearer is an OIDC token), `x-api-key` (Anthropic SDKs) or `api-key` (Azure OpenAI SDKs).
 */
export function extractCredential(headers: RequestHeaders): Credential {
  const authorization = header(headers, 'authorization');
  const bearer = authorization === undefined ? undefined : BEARER.exec(authorization)?.[1];
  if (bearer !== undefined) return fromToken(bearer);
  const key = header(headers, 'x-api-key') ?? header(headers, 'api-key');
  if (key !== undefined) return { kind: 'api_key', key };
  return { kind: 'none' };
}
