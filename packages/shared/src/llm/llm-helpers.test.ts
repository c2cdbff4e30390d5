import { describe, expect, it } from 'vitest';
import { chatContentText } from './chat-content-text.js';
import { parseDataUrl, toDataUrl } from './parse-data-url.js';
import { parseToolArguments } from './parse-tool-arguments.js';

describe('parseDataUrl', () => {
  it('splits a base64 data URL into mime type and data', () => {
    expect(parseDataUrl('data:image/png;base64,iVBORw0KGgo=')).toEqual({
      mimeType: 'image/png',
      data: 'iVBORw0KGgo=',
    });
    expect(parseDataUrl('data:image/jpeg;charset=utf-8;base64,/9j/')).toEqual({
      mimeType: 'image/jpeg',
      data: '/9j/',
    });
  });

  it('returns undefined for http URLs and non-base64 data URLs', () => {
    expect(parseDataUrl('https://example.com/cat.png')).toBeUndefined();
    expect(parseDataUrl('data:text/plain,hello')).toBeUndefined();
  });

  it('round-trips through toDataUrl', () => {
    const url = 'data:image/webp;base64,UklGR';
    const parsed = parseDataUrl(url);
    expect(parsed && toDataUrl(parsed)).toBe(url);
  });
});

describe('parseToolArguments', () => {
  it('parses JSON objects and treats an empty string as no arguments', () => {
    expect(parseToolArguments('{"city":"Paris","days":3}')).toEqual({ city: 'Paris', days: 3 });
    expect(parseToolArguments('  ')).toEqual({});
  });

  it('rejects arrays, scalars and broken JSON', () => {
    expect(parseToolArguments('[1,2]')).toBeUndefined();
    expect(parseToolArguments('42')).toBeUndefined();
    expect(parseToolArguments('{"city":')).toBeUndefined();
  });
});

describe('chatContentText', () => {
  it('joins text parts, leaves images out, and reads null as empty', () => {
    expect(chatContentText('plain')).toBe('plain');
    expect(
      chatContentText([
        { type: 'text', text: 'a' },
        { type: 'image_url', image_url: { url: 'https://x.test/i.png' } },
        { type: 'text', text: 'b' },
      ]),
    ).toBe('ab');
    expect(chatContentText(null)).toBe('');
  });
});
