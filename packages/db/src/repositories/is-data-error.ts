// Prisma (driver adapter) errors carry Postgres's SQLSTATE at meta.driverAdapterError.cause.originalCode.
function sqlStateOf(error: unknown): string | null {
  const meta = (error as { meta?: { driverAdapterError?: { cause?: { originalCode?: unknown } } } })
    ?.meta;
  const code = meta?.driverAdapterError?.cause?.originalCode;
  return typeof code === 'string' ? code : null;
}

/**
 * Whether Postgres refused the statement because of the data it carried (SQLSTATE class 22,
 * data exception, or 23, integrity constraint violation), as opposed to a connection, lock or
 * server problem worth retrying. Retrying a data error fails the same way every time.
 */
export function isDataError(error: unknown): boolean {
  const state = sqlStateOf(error);
  return state !== null && (state.startsWith('22') || state.startsWith('23'));
}
