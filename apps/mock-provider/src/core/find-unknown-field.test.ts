import { describe, expect, it } from 'vitest';
import { findUnknownField } from './find-unknown-field.js';

describe('findUnknownField', () => {
  it('names the first field the API does not define', () => {
    const known = new Set(['model', 'messages']);
    expect(findUnknownField({ model: 'x', messages: [] }, known)).toBeUndefined();
    expect(findUnknownField({ model: 'x', gatehouse_route: 'a', other: 1 }, known)).toBe(
      'gatehouse_route',
    );
  });
});
