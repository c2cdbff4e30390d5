import { describe, expect, it } from 'vitest';
import { retypeCharColumns } from './retype-char-columns.js';

const field = (name: string, dataTypeID: number) => ({ name, dataTypeID });

describe('retypeCharColumns', () => {
  it('relabels "char" (OID 18) columns as text (OID 25) and leaves the others alone', () => {
    const result = {
      rows: [['r', 'p']],
      fields: [field('relkind', 18), field('relname', 19), field('n', 23)],
    };
    expect(retypeCharColumns(result).fields.map((f) => f.dataTypeID)).toEqual([25, 19, 23]);
  });

  it('handles the array of results a multi-statement query returns', () => {
    const results = [{ fields: [field('a', 18)] }, { fields: [] }, { fields: [field('b', 1002)] }];
    expect(retypeCharColumns(results).map((r) => r.fields.map((f) => f.dataTypeID))).toEqual([
      [25],
      [],
      [1002],
    ]);
  });

  it('ignores results without fields (commands)', () => {
    expect(retypeCharColumns({ command: 'CREATE', rowCount: null })).toEqual({
      command: 'CREATE',
      rowCount: null,
    });
  });
});
