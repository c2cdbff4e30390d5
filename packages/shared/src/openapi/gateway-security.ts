/**
 * How callers authenticate to the gateway, in every document it publishes: their Gatehouse
 * key as a bearer token (OpenAI style) or in `x-api-key` (Anthropic style).
 */
export const GATEWAY_SECURITY_SCHEMES = {
  bearerAuth: {
    type: 'http',
    scheme: 'bearer',
    description: 'A Gatehouse API key (gh_...) as `Authorization: Bearer gh_...`.',
  },
  apiKeyHeader: {
    type: 'apiKey',
    in: 'header',
    name: 'x-api-key',
    description: 'The same Gatehouse API key in the `x-api-key` header (Anthropic SDK style).',
  },
} as const;

/** Either scheme is enough (two alternatives, not both). */
export const GATEWAY_SECURITY = [{ bearerAuth: [] }, { apiKeyHeader: [] }];

/** The gateway's public base URL without a trailing slash. */
export function gatewayBaseUrl(publicUrl: string): string {
  return publicUrl.replace(/\/+$/, '');
}
