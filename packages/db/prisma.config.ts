// Prisma 7 reads the datasource URL from here, not from schema.prisma. Only the stock CLI uses this
// file (`prisma generate` in the build, and `prisma migrate …` on a connected machine); Gatehouse's
// own offline migrator (src/migrate) reads DATABASE_URL itself. A default keeps `prisma generate`
// working where no DATABASE_URL is set: generate never connects.
import { defineConfig } from 'prisma/config';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/gatehouse' },
});
