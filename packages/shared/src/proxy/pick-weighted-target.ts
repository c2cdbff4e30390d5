/** One upstream of a REST/GraphQL product with its share of traffic. */
export type WeightedTarget = { id: string; weight: number };

/** Per-product rotation state: each target's running score (smooth weighted round-robin). */
export type RotationState = Map<string, number>;

/**
 * Smooth weighted round-robin (as nginx does it): every pick raises each target's score by its
 * weight, takes the highest, and lowers that one by the total. Equal weights give plain
 * round-robin; 3:1 gives A A B A ... spread evenly, deterministic, with O(targets) state.
 * Targets with weight ≤ 0 are never picked; returns null when none can be.
 */
export function pickWeightedTarget<T extends WeightedTarget>(
  targets: readonly T[],
  state: RotationState,
): T | null {
  let total = 0;
  let best: T | null = null;
  let bestScore = -Infinity;
  for (const target of targets) {
    if (target.weight <= 0) continue;
    total += target.weight;
    const score = (state.get(target.id) ?? 0) + target.weight;
    state.set(target.id, score);
    if (score > bestScore) {
      best = target;
      bestScore = score;
    }
  }
  if (best !== null) state.set(best.id, bestScore - total);
  return best;
}
