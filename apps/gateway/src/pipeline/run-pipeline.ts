/**
 * A pipeline is an ordered array of steps over one request's state, readable in one place
 * (like Hono's `compose`). A step throws to stop the request; the caller accounts either way.
 */
export type Step<State, Deps> = (state: State, deps: Deps) => void | Promise<void>;

export async function runPipeline<State, Deps>(
  steps: readonly Step<State, Deps>[],
  state: State,
  deps: Deps,
): Promise<void> {
  for (const step of steps) {
    const pending = step(state, deps);
    if (pending !== undefined) await pending;
  }
}
