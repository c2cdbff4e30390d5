/** Micro-dollars as dollars and cents for alert texts ("$3.21"); display only, never for math. */
export function formatUsdCents(micros: bigint | number): string {
  return `$${(Number(micros) / 1_000_000).toFixed(2)}`;
}
