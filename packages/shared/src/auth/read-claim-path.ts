// A claim path: dot-separated names, each optionally indexed: `azp`, `groups[0]`,
// `realm_access.roles[1]`, `https://example.com/claims.team`.
const SEGMENT = /^([^[\]]+)((?:\[\d+\])*)$/;
const INDEX = /\[(\d+)\]/g;

function step(value: unknown, name: string): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  return (value as Record<string, unknown>)[name];
}

function index(value: unknown, i: number): unknown {
  return Array.isArray(value) ? (value as unknown[])[i] : undefined;
}

// A name containing dots (URL-style claim names) is tried whole before splitting.
function readSegments(value: unknown, path: string): unknown {
  const whole = SEGMENT.exec(path);
  if (whole !== null && step(value, whole[1] ?? '') !== undefined) return readSegment(value, path);
  const dot = path.indexOf('.');
  if (dot < 0) return readSegment(value, path);
  return readSegments(readSegment(value, path.slice(0, dot)), path.slice(dot + 1));
}

function readSegment(value: unknown, segment: string): unknown {
  const parts = SEGMENT.exec(segment);
  if (parts === null) return undefined;
  let current = step(value, parts[1] ?? '');
  for (const match of (parts[2] ?? '').matchAll(INDEX)) current = index(current, Number(match[1]));
  return current;
}

/** The string a claim path points at in a JWT payload; numbers are given as text; else undefined. */
export function readClaimPath(claims: unknown, path: string): string | undefined {
  const value = readSegments(claims, path.trim());
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}
