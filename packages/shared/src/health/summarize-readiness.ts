export type ComponentState = 'up' | 'down' | 'disabled';

export type ReadinessReport = {
  status: 'ok' | 'degraded' | 'unavailable';
  components: Record<string, ComponentState>;
};

/**
 * Unavailable (503) only when a required component is down. An optional component that is
 * down makes the process "degraded" but still ready: it keeps serving without it.
 */
export function summarizeReadiness(
  components: Record<string, ComponentState>,
  required: readonly string[],
): { httpStatus: 200 | 503; report: ReadinessReport } {
  const down = Object.keys(components).filter((name) => components[name] === 'down');
  const failing = down.some((name) => required.includes(name));
  const status = failing ? 'unavailable' : down.length > 0 ? 'degraded' : 'ok';
  return { httpStatus: failing ? 503 : 200, report: { status, components } };
}
