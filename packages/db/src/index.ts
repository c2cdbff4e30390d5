export { createPrismaClient } from './client/create-prisma-client.js';
export type { CreatePrismaClientOptions, DbClient } from './client/create-prisma-client.js';
export { Prisma, PrismaClient } from './generated/prisma/client.js';
export * from './generated/prisma/enums.js';
export type * from './generated/prisma/models.js';
