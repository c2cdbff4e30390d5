import { ServiceHttpError } from '@gatehouse/service-kit';

// The resource errors every configuration module throws; the API error filter renders them.

/** 404: unknown id, or one of another organization (never says which). */
export function notFound(resource: string, param?: string): ServiceHttpError {
  return new ServiceHttpError(404, 'not_found', `${resource} not found`, param ?? null);
}

/** 409: the write clashes with the current state (a taken name, an illegal transition). */
export function conflict(message: string, param?: string, code = 'conflict'): ServiceHttpError {
  return new ServiceHttpError(409, code, message, param ?? null);
}

/** 403: authenticated and allowed the permission, but not on this team's data. */
export function forbidden(message: string, param?: string): ServiceHttpError {
  return new ServiceHttpError(403, 'forbidden', message, param ?? null);
}

/** 400 for a body that parsed but does not make sense as a whole. */
export function invalid(message: string, param: string): ServiceHttpError {
  return new ServiceHttpError(400, 'invalid_request', message, param);
}

function prismaCode(error: unknown): string | null {
  if (typeof error !== 'object' || error === null || !('code' in error)) return null;
  return typeof error.code === 'string' ? error.code : null;
}

/** Whether a database error is a unique-constraint violation (Prisma P2002). */
export function isUniqueViolation(error: unknown): boolean {
  return prismaCode(error) === 'P2002';
}

/** Whether a database error is a foreign key still referenced (Prisma P2003/P2014, restrict). */
export function isStillReferenced(error: unknown): boolean {
  const code = prismaCode(error);
  return code === 'P2003' || code === 'P2014';
}

/** Runs a write; a unique violation becomes a 409 on `param`. */
export async function uniqueOr409<T>(
  write: Promise<T>,
  message: string,
  param: string,
): Promise<T> {
  try {
    return await write;
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict(message, param);
    throw error;
  }
}
