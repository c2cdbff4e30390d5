import { describe, expect, it } from 'vitest';
import { formatBanner, redactUrl } from './banner.mjs';

const info = {
  urls: {
    portal: 'http://127.0.0.1:3000',
    gateway: 'http://127.0.0.1:8080',
    adminApi: 'http://127.0.0.1:3001',
    mockProvider: 'http://127.0.0.1:9090',
  },
  admin: { email: 'admin@acme.test', password: 'pw123456' },
  keys: { demo: 'gh_demoAAA', trial: 'gh_trialBBB' },
  database: { url: 'postgres://postgres:secret@127.0.0.1:5432/gatehouse', embedded: false },
  redis: { url: 'redis://127.0.0.1:6379', singleNode: false },
};

describe('formatBanner', () => {
  it('shows every URL, the admin login and both keys', () => {
    const banner = formatBanner(info);
    for (const text of [
      'http://127.0.0.1:3000',
      'http://127.0.0.1:8080/v1',
      'http://127.0.0.1:3001',
      'http://127.0.0.1:9090',
      'admin@acme.test / pw123456',
      'gh_demoAAA',
      'gh_trialBBB',
    ]) {
      expect(banner).toContain(text);
    }
    // The suggested calls go through the gateway with the demo key.
    expect(banner).toContain(
      'curl http://127.0.0.1:8080/v1/chat/completions -H "Authorization: Bearer gh_demoAAA"',
    );
    expect(banner).toContain(
      'curl http://127.0.0.1:8080/v1/models -H "Authorization: Bearer gh_demoAAA"',
    );
    expect(banner).toContain('curl http://127.0.0.1:8080/readyz');
  });

  it('hides the database password and names the fallbacks', () => {
    const banner = formatBanner({
      ...info,
      database: {
        url: 'postgres://postgres:postgres@127.0.0.1:5555/postgres',
        embedded: true,
        dataDir: '.data/pglite',
      },
      redis: { url: 'redis://127.0.0.1:6379', singleNode: true },
    });
    expect(banner).not.toContain('postgres:postgres@');
    expect(banner).toContain('embedded PGlite, data in .data/pglite');
    expect(banner).toContain('SINGLE_NODE=true');
  });
});

describe('redactUrl', () => {
  it('masks only the password', () => {
    expect(redactUrl('redis://:hunter2@h:6379/2')).toBe('redis://:****@h:6379/2');
    expect(redactUrl('postgres://u@h/db')).toBe('postgres://u@h/db');
  });
});
