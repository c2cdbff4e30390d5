import { describe, expect, it } from 'vitest';
import { detectSecret } from './detect-secret.js';

const b64url = (value: string) =>
  btoa(value).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

const JWT = `${b64url('{"alg":"HS256","typ":"JWT"}')}.${b64url('{"sub":"42"}')}.c2lnbmF0dXJlLWJ5dGVzLWhlcmU`;
const PEM =
  '-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gunVTLw\n-----END RSA PRIVATE KEY-----';

const POSITIVES: Array<[string, string]> = [
  ['AWS access key id', 'AKIAIOSFODNN7EXAMPLE'],
  ['AWS session key id', 'ASIAY34FZKBOKMUTVV7A'],
  ['GitHub classic token', `ghp_${'a1B2c3D4e5'.repeat(3)}abcdef`],
  ['GitHub OAuth token', `gho_${'Z9y8X7w6V5'.repeat(4)}`],
  ['GitHub fine-grained PAT', `github_pat_11ABCDEFG0_${'x'.repeat(59)}`],
  ['OpenAI key', `sk-${'Ab3'.repeat(16)}`],
  ['OpenAI project key', `sk-proj-${'Ab3_-'.repeat(10)}`],
  ['Anthropic key', `sk-ant-api03-${'Q'.repeat(40)}`],
  ['Slack bot token', 'xoxb-1234567890-0987654321-AbCdEfGhIjKl'],
  ['Stripe live key', `sk_live_${'4eC39HqLyjWDarjtT1zdp7dc'}`],
  ['Google API key', `AIza${'SyA1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6q'}`],
  ['JWT', JWT],
  ['PEM private key', PEM],
  ['Gatehouse key', `gh_${'Kx9'.repeat(13)}Q`],
];

describe('detectSecret', () => {
  it.each(POSITIVES)('finds a %s in running text', (_name, secret) => {
    const text = `here you go: ${secret} (keep it safe)`;
    const found = detectSecret(text);
    expect(found.map((f) => f.match)).toEqual([secret]);
    expect(found[0]?.start).toBe(13);
  });

  it('finds an AWS secret key only near an AWS word', () => {
    const key = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
    expect(detectSecret(`aws_secret_access_key = ${key}`).map((f) => f.match)).toEqual([key]);
    expect(detectSecret(`checksum ${key}`)).toEqual([]);
  });

  it('redacts a truncated PEM key to the end of the text', () => {
    const text = 'key: -----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC';
    expect(detectSecret(text)).toMatchObject([{ start: 5, end: text.length }]);
  });

  it('leaves ordinary words, hashes and look-alikes alone', () => {
    const text = [
      'the task-manager and sk-learn, skip-connections, github_page, gh_pages branch',
      'sha1 da39a3ee5e6b4b0d3255bfef95601890afd80709, uuid 123e4567-e89b-12d3-a456-426614174000',
      'eyJhbGciOiJub25lIn0 alone, xoxo-gossip, AKIA lowercase akiaiosfodnn7example',
      'eyJub3QiOiJqd3QifQ.eyJzdWIiOiI0MiJ9.c2lnbmF0dXJlLWJ5dGVz (header without alg)',
    ].join('\n');
    expect(detectSecret(text)).toEqual([]);
  });
});
