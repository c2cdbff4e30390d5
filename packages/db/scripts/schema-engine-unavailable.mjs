#!/usr/bin/env node
// Stand-in for Prisma's native schema engine, which the CLI would otherwise download from
// Prisma's binary host (unreachable on air-gapped networks). `prisma generate` only checks that the
// file named by PRISMA_SCHEMA_ENGINE_BINARY exists and never runs it. If anything does run it,
// fail loudly with the way out instead of pretending to be an engine.
process.stderr.write(
  'The native Prisma schema engine is not installed (offline build).\n' +
    'Apply migrations with `npm run migrate -w @gatehouse/db`; author one with `npm run migrate:new -w @gatehouse/db -- <name>`.\n',
);
process.exit(1);
