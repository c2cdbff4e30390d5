const MICROS_PER_USD = 1_000_000n;

/**
 * Integer micro-dollars as a dollar string for display: at least two decimals, at most six,
 * trailing zeros beyond the cents dropped (150000n → "0.15", 2_500_123n → "2.500123").
 */
export function formatUsdMicros(micros: bigint): string {
  const sign = micros < 0n ? '-' : '';
  const abs = micros < 0n ? -micros : micros;
  const whole = abs / MICROS_PER_USD;
  const fraction = (abs % MICROS_PER_USD)
    .toString()
    .padStart(6, '0')
    .replace(/0{1,4}$/, '');
  return `${sign}${whole}.${fraction.padEnd(2, '0')}`;
}
