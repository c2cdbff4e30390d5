import type pg from 'pg';

// Postgres's internal one-byte `"char"` type (pg_class.relkind, pg_constraint.contype, …) that the
// schema engine's catalog queries return. @prisma/adapter-pg has no column type for it and fails
// with "Column type 'char' could not be deserialized". node-postgres already hands its value over as
// a string, so presenting the column as `text` is exact.
const CHAR_OID = 18;
const TEXT_OID = 25;

type QueryFn = (...args: unknown[]) => unknown;

function isSubmittable(value: unknown): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof Reflect.get(value, 'submit') === 'function'
  );
}

/** Rewrites `"char"` result columns to `text`, in place. */
export function retypeCharColumns<T>(result: T): T {
  for (const one of Array.isArray(result) ? result : [result]) {
    const fields: unknown =
      typeof one === 'object' && one !== null ? Reflect.get(one, 'fields') : undefined;
    if (!Array.isArray(fields)) continue;
    for (const field of fields as pg.FieldDef[]) {
      if (field.dataTypeID === CHAR_OID) field.dataTypeID = TEXT_OID;
    }
  }
  return result;
}

/**
 * Wraps one pooled client's `query` so every result passes through retypeCharColumns, in both the
 * promise form (used by adapter-pg inside transactions) and the callback form (used by pg.Pool).
 */
export function retypeCharColumnsOf(client: pg.PoolClient): void {
  const target = client as unknown as { query: QueryFn };
  const original = target.query.bind(client) as QueryFn;
  target.query = (...args: unknown[]) => {
    const callback =
      typeof args.at(-1) === 'function'
        ? (args.pop() as (e: unknown, r?: unknown) => void)
        : undefined;
    if (isSubmittable(args[0])) return original(...args, ...(callback ? [callback] : []));
    const promise = (original(...args) as Promise<unknown>).then(retypeCharColumns);
    if (!callback) return promise;
    promise.then(
      (res) => callback(null, res),
      (err: unknown) => callback(err),
    );
    return undefined;
  };
}
