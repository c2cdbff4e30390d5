import { describe, expect, it } from 'vitest';
import {
  configChannelName,
  parseConfigChangeMessage,
  publishConfigChange,
} from './config-channel.js';

const ORG = '0192f7a0-1c2d-7e3f-8a9b-0c1d2e3f4a5b';

describe('configChannelName', () => {
  it('is gatehouse:config behind the key prefix', () => {
    expect(configChannelName()).toBe('gatehouse:config');
    expect(configChannelName('gh-test-ab12:')).toBe('gh-test-ab12:gatehouse:config');
  });
});

describe('publishConfigChange', () => {
  it('publishes the message as JSON on the prefixed channel', async () => {
    const sent: [string, string][] = [];
    const redis = {
      publish: (channel: string, payload: string) => {
        sent.push([channel, payload]);
        return Promise.resolve(2);
      },
    };
    const receivers = await publishConfigChange(redis, 'p:', { orgId: ORG, version: '42' });
    expect(receivers).toBe(2);
    expect(sent).toEqual([['p:gatehouse:config', `{"orgId":"${ORG}","version":"42"}`]]);
  });

  it('refuses a malformed message before sending', async () => {
    const redis = { publish: () => Promise.reject(new Error('must not be called')) };
    await expect(publishConfigChange(redis, '', { orgId: 'acme', version: '1' })).rejects.toThrow(
      /orgId/,
    );
  });
});

describe('parseConfigChangeMessage', () => {
  it('reads a well-formed payload', () => {
    expect(parseConfigChangeMessage(`{"orgId":"${ORG}","version":"7"}`)).toEqual({
      orgId: ORG,
      version: '7',
    });
  });

  it('returns null for text, wrong shapes and non-numeric versions', () => {
    expect(parseConfigChangeMessage('reload')).toBeNull();
    expect(parseConfigChangeMessage('{"orgId":"x","version":"1"}')).toBeNull();
    expect(parseConfigChangeMessage(`{"orgId":"${ORG}","version":"v1"}`)).toBeNull();
    expect(parseConfigChangeMessage(`{"orgId":"${ORG}","version":7}`)).toBeNull();
  });
});
