import { describe, expect, it } from 'vitest';
import { parseEmbeddedArgs } from './parse-embedded-args.js';

describe('parseEmbeddedArgs', () => {
  it('reads every option', () => {
    expect(
      parseEmbeddedArgs([
        '--data-dir',
        '.data/pglite',
        '--port',
        '5499',
        '--host',
        '127.0.0.2',
        '--max-connections',
        '12',
      ]),
    ).toEqual({
      dataDir: '.data/pglite',
      host: '127.0.0.2',
      port: 5499,
      maxConnections: 12,
    });
  });

  it('defaults host, port 0 and no connection cap', () => {
    expect(parseEmbeddedArgs(['--data-dir', '/tmp/x'])).toEqual({
      dataDir: '/tmp/x',
      host: '127.0.0.1',
      port: 0,
      maxConnections: undefined,
    });
  });

  it('rejects a missing data dir and a bad port in one line', () => {
    expect(() => parseEmbeddedArgs(['--port', 'abc'])).toThrow(/--data-dir.*; --port/);
  });

  it('rejects unknown flags', () => {
    expect(() => parseEmbeddedArgs(['--data-dir', 'x', '--nope', '1'])).toThrow(/nope/);
  });
});
