// Values the global setups hand to tests through `inject(...)` (vitest's ProvidedContext).
// Test files outside scripts/ see these types by including this file in their tsconfig, or with
// `/// <reference path="../../../scripts/test/provided-context.d.ts" />`.
import 'vitest';

export {};

declare module 'vitest' {
  // Declaration merging needs an interface here.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  export interface ProvidedContext {
    /** integration + e2e: the run's own database (gatehouse_test_<time>_<random>). */
    databaseUrl: string;
    /** integration + e2e: the Redis server (e2e: with the run's own logical db). */
    redisUrl: string;
    /** integration: prefix for every key a test writes (`gh-test-<random>:`). */
    redisPrefix: string;
    /** e2e: the started stack. */
    portalUrl: string;
    gatewayUrl: string;
    adminApiUrl: string;
    mockProviderUrl: string;
    adminEmail: string;
    adminPassword: string;
    demoKey: string;
    trialKey: string;
  }
}
