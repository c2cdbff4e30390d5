import type { UpstreamTarget } from '../../llm/provider-adapter.js';

/** JSON plus `Authorization: Bearer <credentials.apiKey>` (no header when the provider has no key, e.g. a local Ollama). */
export function bearerHeaders(target: UpstreamTarget): Record<string, string> {
  const key = target.credentials.apiKey;
  return {
    'content-type': 'application/json',
    ...(key !== undefined && key !== '' ? { authorization: `Bearer ${key}` } : {}),
  };
}
