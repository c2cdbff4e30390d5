/**
 * Whether a value looks like an OpenAPI 3.x document: a JSON object whose `openapi` field is a
 * 3.x version string and that has an `info` object. Returns the problem, or null when it fits.
 * (A deep validation is the docs pipeline's job; this keeps garbage out of the table.)
 */
export function checkOpenApiDocument(document: unknown): string | null {
  if (!isObject(document)) return 'must be a JSON object';
  const version = document['openapi'];
  if (typeof version !== 'string' || !/^3\.\d+(\.\d+)?$/.test(version)) {
    return 'must have "openapi" set to a 3.x version such as "3.1.0"';
  }
  if (!isObject(document['info'])) return 'must have an "info" object';
  return null;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
