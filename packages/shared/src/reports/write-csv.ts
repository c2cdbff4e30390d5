export type CsvValue = string | number | bigint | boolean | null | undefined;

// Spreadsheets run a cell that starts with these as a formula ("CSV injection").
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * One CSV field per RFC 4180: quoted (quotes doubled) when it holds a comma, quote or line break.
 * Text that a spreadsheet would run as a formula gets a leading apostrophe; numbers and bigints
 * are written as they are, null and undefined as an empty field.
 */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'string') return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV record, CRLF-terminated. */
export function csvLine(values: readonly CsvValue[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}

/** A whole CSV document: the header, then one line per row in header order. */
export function writeCsv<Row extends Record<string, CsvValue>>(
  header: readonly (keyof Row & string)[],
  rows: Iterable<Row>,
): string {
  let out = csvLine(header);
  for (const row of rows) out += csvLine(header.map((name) => row[name]));
  return out;
}
