import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type * as SchemaEngineWasm from '@prisma/schema-engine-wasm/schema_engine_bg';

export type SchemaEngineModule = typeof SchemaEngineWasm;

// This package compiles without the DOM lib, which is where TypeScript declares WebAssembly.
type WebAssemblyApi = {
  instantiate(
    bytes: Uint8Array,
    imports: Record<string, unknown>,
  ): Promise<{ instance: { exports: Record<string, unknown> } }>;
};
const { WebAssembly } = globalThis as unknown as { WebAssembly: WebAssemblyApi };

let loading: Promise<SchemaEngineModule> | undefined;

/**
 * Prisma's schema engine compiled to WebAssembly (`@prisma/schema-engine-wasm`), instantiated once
 * per process. The package's entry does `import * as wasm from "./schema_engine_bg.wasm"`, which
 * Node 20 cannot load, so we wire the wasm-bindgen glue to the module by hand.
 */
export function loadSchemaEngine(): Promise<SchemaEngineModule> {
  loading ??= instantiate();
  return loading;
}

async function instantiate(): Promise<SchemaEngineModule> {
  const glue = await import('@prisma/schema-engine-wasm/schema_engine_bg');
  const gluePath = createRequire(import.meta.url).resolve(
    '@prisma/schema-engine-wasm/schema_engine_bg',
  );
  const bytes = await readFile(gluePath.replace(/\.js$/, '.wasm'));
  // The wasm module imports every glue function from the module named "./schema_engine_bg.js".
  const { instance } = await WebAssembly.instantiate(bytes, { './schema_engine_bg.js': glue });
  glue.__wbg_set_wasm(instance.exports);
  const start = instance.exports['__wbindgen_start'];
  if (typeof start !== 'function')
    throw new Error('@prisma/schema-engine-wasm: missing __wbindgen_start');
  start();
  return glue;
}
