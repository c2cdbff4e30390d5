/**
 * Where a NUL character hides in a JSON value (a key or a string at any depth), as a dotted path
 * (`""` for the value itself), or null. Postgres refuses NUL in text and jsonb, so every edge that
 * stores what it receives refuses it up front instead of failing later.
 */
export function findNulPath(value: unknown, path: string[] = []): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path.join('.') : null;
  if (typeof value !== 'object' || value === null) return null;
  const entries = Array.isArray(value) ? value.entries() : Object.entries(value);
  for (const [key, item] of entries) {
    const here = [...path, String(key)];
    if (String(key).includes('\u0000')) return here.join('.');
    const found = findNulPath(item, here);
    if (found !== null) return found;
  }
  return null;
}
