import { fileURLToPath } from 'node:url';

// src/migrate/ and dist/migrate/ sit at the same depth, so these hold from source and from the build.
/** packages/db/prisma/migrations */
export const DEFAULT_MIGRATIONS_DIR = fileURLToPath(
  new URL('../../prisma/migrations', import.meta.url),
);
/** packages/db/prisma/schema.prisma */
export const DEFAULT_SCHEMA_PATH = fileURLToPath(
  new URL('../../prisma/schema.prisma', import.meta.url),
);
