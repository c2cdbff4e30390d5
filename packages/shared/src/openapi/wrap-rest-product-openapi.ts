import { GATEWAY_SECURITY, GATEWAY_SECURITY_SCHEMES, gatewayBaseUrl } from './gateway-security.js';

type JsonObject = Record<string, unknown>;

const isObject = (value: unknown): value is JsonObject =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

// Operations may name the upstream's own schemes; callers of the gateway use the gateway's.
function withGatewaySecurity(paths: unknown): unknown {
  if (!isObject(paths)) return paths;
  return Object.fromEntries(
    Object.entries(paths).map(([path, item]) => {
      if (!isObject(item)) return [path, item];
      const ops = Object.entries(item).map(([method, op]) =>
        HTTP_METHODS.includes(method) && isObject(op) && op.security !== undefined
          ? [method, { ...op, security: GATEWAY_SECURITY }]
          : [method, op],
      );
      return [path, Object.fromEntries(ops)];
    }),
  );
}

/**
 * A REST product's stored OpenAPI document as gateway callers must use it: servers set to
 * `${gatewayUrl}/apis/{slug}`, and the upstream's security replaced by the gateway's key schemes
 * (the gateway adds the upstream's credential itself, so it never appears). Other content is
 * served as stored. Does not modify `document`.
 */
export function wrapRestProductOpenApi(
  document: unknown,
  target: { slug: string; gatewayUrl: string },
): JsonObject {
  const doc = isObject(document) ? structuredClone(document) : {};
  const components = isObject(doc.components) ? doc.components : {};
  return {
    ...doc,
    servers: [
      {
        url: `${gatewayBaseUrl(target.gatewayUrl)}/apis/${encodeURIComponent(target.slug)}`,
        description: 'Gatehouse gateway',
      },
    ],
    security: GATEWAY_SECURITY,
    paths: withGatewaySecurity(doc.paths ?? {}),
    components: { ...components, securitySchemes: GATEWAY_SECURITY_SCHEMES },
  };
}
