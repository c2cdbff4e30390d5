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

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/**
 * Display string of micro-dollars, "$1,234.57" (rounded half away from zero to `fractionDigits`,
 * 0..6, default 2). For people, not for sums: sum the bigints and format once.
 */
export function formatUsdMicros(micros: bigint, fractionDigits = 2): string {
  if (!Number.isInteger(fractionDigits) || fractionDigits < 0 || fractionDigits > 6) {
    throw new RangeError(`fractionDigits must be 0..6, got ${fractionDigits}`);
  }
  const unit = 10n ** BigInt(6 - fractionDigits);
  const rounded = (abs(micros) + unit / 2n) / unit;
  const scale = 10n ** BigInt(fractionDigits);
  const whole = groupThousands((rounded / scale).toString());
  const fraction =
    fractionDigits === 0 ? '' : `.${(rounded % scale).toString().padStart(fractionDigits, '0')}`;
  return `${micros < 0n && rounded > 0n ? '-' : ''}$${whole}${fraction}`;
}
