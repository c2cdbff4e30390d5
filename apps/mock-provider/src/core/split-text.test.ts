import { describe, expect, it } from 'vitest';
import { splitEvery, splitText } from './split-text.js';

describe('splitText', () => {
  it('splits into words that join back exactly', () => {
    const text = '  Hello,  brave new\nworld. ';
    expect(splitText(text).join('')).toBe(text);
    expect(splitText('a b')).toEqual(['a ', 'b']);
    expect(splitText('')).toEqual([]);
  });
});

describe('splitEvery', () => {
  it('cuts into fixed-size pieces', () => {
    expect(splitEvery('abcdefg', 3)).toEqual(['abc', 'def', 'g']);
    expect(splitEvery('', 3)).toEqual(['']);
  });
});
