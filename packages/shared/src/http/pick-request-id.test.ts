import { describe, expect, it } from 'vitest';
import { pickRequestId } from './pick-request-id.js';

const generate = () => 'generated';

describe('pickRequestId', () => {
  it('echoes a plain incoming id', () => {
    expect(pickRequestId('req_01H:abc-1.2@x', generate)).toBe('req_01H:abc-1.2@x');
  });

  it('takes the first of repeated headers', () => {
    expect(pickRequestId(['first', 'second'], generate)).toBe('first');
  });

  it.each([undefined, '', 'has space', 'line\nbreak', 'x'.repeat(129), '<script>'])(
    'mints a new id for %j',
    (incoming) => {
      expect(pickRequestId(incoming, generate)).toBe('generated');
    },
  );
});
