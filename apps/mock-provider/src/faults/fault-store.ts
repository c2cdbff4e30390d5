import { hasGlobalEffect } from './resolve-faults.js';
import type { FaultTarget, GlobalFaults } from './fault-config.js';

/** Holds the global faults of one server instance (never module state: tests run several). */
export type FaultStore = {
  get(): GlobalFaults;
  set(faults: GlobalFaults): void;
  reset(): void;
  /** The faults for one request; counts it against `times` when the faults apply to it. */
  take(target: FaultTarget): GlobalFaults;
};

export function createFaultStore(): FaultStore {
  let current: GlobalFaults = {};
  return {
    get: () => current,
    set: (faults) => {
      current = faults;
    },
    reset: () => {
      current = {};
    },
    take: (target) => {
      const faults = current;
      if (faults.times === undefined || !hasGlobalEffect(faults, target)) return faults;
      current = faults.times <= 1 ? {} : { ...faults, times: faults.times - 1 };
      return faults;
    },
  };
}
