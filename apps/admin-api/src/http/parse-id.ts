import { ServiceHttpError } from '@gatehouse/service-kit';
import { z } from 'zod';

const uuid = z.uuid();

/**
 * A path id that must be a UUID. Anything else cannot name a row, so it is a 404 like an id of
 * another organization (and never reaches Postgres, which would reject it with a 500).
 */
export function parseId(value: string, what = 'Resource'): string {
  if (!uuid.safeParse(value).success)
    throw new ServiceHttpError(404, 'not_found', `${what} not found`);
  return value;
}

/** The Prisma error code of a failed query (`P2002` unique, `P2003` foreign key, `P2025` missing). */
export function prismaErrorCode(error: unknown): string | null {
  return typeof error === 'object' &&
    error !== null &&
    'code' in error &&
    typeof error.code === 'string'
    ? error.code
    : null;
}
