export type DiffOp = 'equal' | 'add' | 'remove';
export type DiffLine = { op: DiffOp; text: string };

// Above this many cells the LCS table would cost too much memory; fall back to remove-all/add-all.
const MAX_CELLS = 4_000_000;

function lcsTable(a: readonly string[], b: readonly string[]): Uint32Array {
  const width = b.length + 1;
  const table = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      table[i * width + j] =
        a[i] === b[j]
          ? (table[(i + 1) * width + j + 1] ?? 0) + 1
          : Math.max(table[(i + 1) * width + j] ?? 0, table[i * width + j + 1] ?? 0);
    }
  }
  return table;
}

/** A line diff of `a` → `b` by longest common subsequence; removals come before additions. */
export function diffLines(a: readonly string[], b: readonly string[]): DiffLine[] {
  if ((a.length + 1) * (b.length + 1) > MAX_CELLS) {
    return [
      ...a.map((text) => ({ op: 'remove' as const, text })),
      ...b.map((text) => ({ op: 'add' as const, text })),
    ];
  }
  const width = b.length + 1;
  const table = lcsTable(a, b);
  const out: DiffLine[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      out.push({ op: 'equal', text: a[i] ?? '' });
      i++;
      j++;
    } else if ((table[(i + 1) * width + j] ?? 0) >= (table[i * width + j + 1] ?? 0)) {
      out.push({ op: 'remove', text: a[i++] ?? '' });
    } else {
      out.push({ op: 'add', text: b[j++] ?? '' });
    }
  }
  while (i < a.length) out.push({ op: 'remove', text: a[i++] ?? '' });
  while (j < b.length) out.push({ op: 'add', text: b[j++] ?? '' });
  return out;
}
