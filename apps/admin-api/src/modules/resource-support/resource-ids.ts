import { decodeCursor } from '../../http/pagination.js';
import { ServiceHttpError } from '@gatehouse/service-kit';
import { notFound } from './resource-errors.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/** A path id; anything that is not a uuid cannot name a row, so it is a 404 (not a DB error). */
export function pathId(id: string, resource: string): string {
  if (!isUuid(id)) throw notFound(resource);
  return id.toLowerCase();
}

/** The row id inside a list cursor (lists are keyset-paged by id, which is time-ordered uuid v7). */
export function cursorId(cursor: string | undefined): string | undefined {
  if (cursor === undefined) return undefined;
  const id = decodeCursor(cursor);
  if (!isUuid(id)) throw new ServiceHttpError(400, 'invalid_request', 'Invalid cursor', 'cursor');
  return id;
}
