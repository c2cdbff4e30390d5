const MICROS_PER_USD = 1_000_000n;

const abs = (n: bigint) => (n < 0n ? -n : n);

/** Exact decimal dollars of integer micro-dollars: 1234567n → "1.234567", -5n → "-0.000005". */
export function microsToDecimal(micros: bigint): string {
  const sign = micros < 0n ? '-' : '';
  const value = abs(micros);
  const whole = value / MICROS_PER_USD;
  const fraction = (value % MICROS_PER_USD).toString().padStart(6, '0');
  return `${sign}${whole}.${fraction}`;
}
