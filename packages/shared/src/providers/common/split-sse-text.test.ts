import { describe, expect, it } from 'vitest';
import { splitSseText } from './split-sse-text.js';

describe('splitSseText', () => {
  it('splits data frames, keeps event names, joins multi-line data and skips comments', () => {
    const text =
      ': keep-alive\n\n' +
      'event: message_start\r\ndata: {"a":1}\r\n\r\n' +
      'data: line one\ndata: line two\n\n' +
      'data:no-space\n\n' +
      'data: [DONE]\n\n';
    expect(splitSseText(text)).toEqual([
      { event: 'message_start', data: '{"a":1}' },
      { data: 'line one\nline two' },
      { data: 'no-space' },
      { data: '[DONE]' },
    ]);
  });
});
