import { ServiceHttpError } from '@gatehouse/service-kit';
import { z } from 'zod';

/** `?limit=1..200` (default 50) and an opaque `?cursor` returned as `nextCursor` by a list. */
export const paginationQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().min(1).max(512).optional(),
});

export type PaginationQuery = z.infer<typeof paginationQuerySchema>;

/** One page of a list; `nextCursor` null on the last page. */
export type Page<T> = { data: T[]; nextCursor: string | null };

/** Wraps a keyset position (usually the last row's id, or "createdAt|id") as an opaque cursor. */
export function encodeCursor(position: string): string {
  return Buffer.from(position, 'utf8').toString('base64url');
}

/** The position inside a cursor; a cursor that is not ours is a 400 on `cursor`. */
export function decodeCursor(cursor: string): string {
  const position = Buffer.from(cursor, 'base64url').toString('utf8');
  if (position === '' || encodeCursor(position) !== cursor)
    throw new ServiceHttpError(400, 'invalid_request', 'Invalid cursor', 'cursor');
  return position;
}

/**
 * Builds a page from rows fetched with `take: limit + 1`: the extra row only says there is a
 * next page, whose cursor is the position of the last row kept.
 */
export function toPage<Row, T = Row>(
  rows: Row[],
  limit: number,
  positionOf: (row: Row) => string,
  map: (row: Row) => T = (row) => row as unknown as T,
): Page<T> {
  const kept = rows.slice(0, limit);
  const last = kept.at(-1);
  return {
    data: kept.map(map),
    nextCursor: rows.length > limit && last !== undefined ? encodeCursor(positionOf(last)) : null,
  };
}

/** The zod schema of a `Page<T>` response, for `@ApiDoc({ response })`. */
export function pageSchema<T extends z.ZodType>(item: T) {
  return z.object({ data: z.array(item), nextCursor: z.string().nullable() });
}
