/** Rows by a unique key; a later row with the same key replaces an earlier one. */
export function indexBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T> {
  const map = new Map<string, T>();
  for (const row of rows) map.set(key(row), row);
  return map;
}

/** Rows grouped by a key, in input order. */
export function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const group = map.get(k);
    if (group === undefined) map.set(k, [row]);
    else group.push(row);
  }
  return map;
}
