const USD = /^(\d+)(?:\.(\d{1,6}))?$/;

/**
 * A decimal dollar amount ("2.50", "0.075", "500") as exact integer micro-dollars, without going
 * through floating point. At most six decimals; throws on anything else.
 */
export function parseUsdMicros(amount: string): bigint {
  const match = USD.exec(amount.trim());
  if (match === null)
    throw new RangeError(`not a dollar amount with at most 6 decimals: "${amount}"`);
  const whole = BigInt(match[1] ?? '0');
  const fraction = BigInt((match[2] ?? '').padEnd(6, '0'));
  return whole * 1_000_000n + fraction;
}
