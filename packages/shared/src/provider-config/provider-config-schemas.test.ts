import { describe, expect, it } from 'vitest';
import { checkProviderConfig } from './provider-config-schemas.js';

describe('checkProviderConfig', () => {
  it('accepts an OpenAI key with organization', () => {
    expect(
      checkProviderConfig({
        kind: 'OPENAI',
        credentials: { apiKey: 'sk-1', organization: 'org-1' },
        settings: {},
        hasStoredCredentials: false,
      }),
    ).toBeNull();
  });

  it('requires an api-version in Azure settings', () => {
    expect(
      checkProviderConfig({
        kind: 'AZURE_OPENAI',
        credentials: { apiKey: 'k' },
        settings: {},
        hasStoredCredentials: false,
      }),
    ).toEqual({
      param: 'settings.apiVersion',
      message: expect.stringContaining('settings.apiVersion'),
    });
    expect(
      checkProviderConfig({
        kind: 'AZURE_OPENAI',
        credentials: { apiKey: 'k' },
        settings: { apiVersion: '2024-10-21' },
        hasStoredCredentials: false,
      }),
    ).toBeNull();
  });

  it('requires credentials for hosted kinds unless already stored', () => {
    const base = { kind: 'ANTHROPIC' as const, credentials: undefined, settings: {} };
    expect(checkProviderConfig({ ...base, hasStoredCredentials: false })).toEqual({
      param: 'credentials',
      message: 'ANTHROPIC needs credentials',
    });
    expect(checkProviderConfig({ ...base, hasStoredCredentials: true })).toBeNull();
  });

  it('lets an OpenAI-compatible server run without a key', () => {
    expect(
      checkProviderConfig({
        kind: 'OPENAI_COMPATIBLE',
        credentials: undefined,
        settings: { headers: { 'X-Tenant': 'a' } },
        hasStoredCredentials: false,
      }),
    ).toBeNull();
  });

  it('names the bad credential field and refuses unknown ones', () => {
    expect(
      checkProviderConfig({
        kind: 'GEMINI',
        credentials: { apiKey: '' },
        settings: {},
        hasStoredCredentials: false,
      })?.param,
    ).toBe('credentials.apiKey');
    expect(
      checkProviderConfig({
        kind: 'MISTRAL',
        credentials: { apiKey: 'k', token: 'x' },
        settings: {},
        hasStoredCredentials: false,
      })?.param,
    ).toBe('credentials');
  });
});
