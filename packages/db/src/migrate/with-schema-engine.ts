import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import type { SchemaEngine } from '@prisma/schema-engine-wasm/schema_engine_bg';
import { createMigrationAdapter } from './create-migration-adapter.js';
import { loadSchemaEngine } from './load-schema-engine.js';

export type EngineLog = (line: string) => void;

/**
 * Runs `work` with a WebAssembly schema engine connected to `databaseUrl`, then frees the engine and
 * ends every connection it opened (which also releases the engine's advisory lock).
 */
export async function withSchemaEngine<T>(
  databaseUrl: string,
  work: (engine: SchemaEngine) => Promise<T>,
  onLog: EngineLog = () => {},
): Promise<T> {
  const wasm = await loadSchemaEngine();
  const adapter = createMigrationAdapter(databaseUrl);
  try {
    const engine = await wasm.SchemaEngine.new(
      { datamodels: undefined },
      (line: unknown) => onLog(String(line).trimEnd()),
      bindMigrationAwareSqlAdapterFactory(adapter),
    );
    try {
      return await work(engine);
    } finally {
      engine.free();
    }
  } finally {
    await adapter.close();
  }
}
