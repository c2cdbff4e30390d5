const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** A "YYYY-MM" month as its UTC range [start, end); throws RangeError on anything else. */
export function monthRange(month: string): { start: Date; end: Date } {
  const match = MONTH.exec(month);
  if (match === null) throw new RangeError(`not a month (YYYY-MM): "${month}"`);
  const year = Number(match[1]);
  const index = Number(match[2]) - 1;
  return { start: new Date(Date.UTC(year, index, 1)), end: new Date(Date.UTC(year, index + 1, 1)) };
}

/** The "YYYY-MM" of the UTC month containing `at`. */
export function monthOf(at: Date): string {
  return at.toISOString().slice(0, 7);
}
