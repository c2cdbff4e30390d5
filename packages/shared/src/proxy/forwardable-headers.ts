// RFC 9110 §7.6.1 hop-by-hop headers, never forwarded by a proxy.
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-authenticate',
  'proxy-authorization',
  'proxy-connection',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
]);

// The caller's gateway credentials stay at the gateway; `host` and length are the client's own.
const GATEWAY_ONLY = new Set(['authorization', 'x-api-key', 'api-key', 'host', 'content-length']);

export type HeaderMap = Record<string, string | string[] | undefined>;

/**
 * The headers to pass on (request to upstream, or response back to the caller): hop-by-hop
 * headers, those the `Connection` header names, and (for requests) the caller's credentials are
 * dropped. Names come out lower-case.
 */
export function forwardableHeaders(
  headers: HeaderMap,
  direction: 'request' | 'response',
): Record<string, string | string[]> {
  const connection = Object.entries(headers).find(([name]) => name.toLowerCase() === 'connection');
  const named = new Set(
    String(connection?.[1] ?? '')
      .split(',')
      .map((token) => token.trim().toLowerCase())
      .filter((token) => token.length > 0),
  );
  const result: Record<string, string | string[]> = {};
  for (const [rawName, value] of Object.entries(headers)) {
    if (value === undefined) continue;
    const name = rawName.toLowerCase();
    if (HOP_BY_HOP.has(name) || named.has(name)) continue;
    if (direction === 'request' && GATEWAY_ONLY.has(name)) continue;
    if (direction === 'response' && name === 'content-length') continue;
    result[name] = value;
  }
  return result;
}
