import { describe, expect, it } from 'vitest';
import { extractCredential } from './extract-credential.js';

const KEY = 'gh_abcdefghijklmnopqrstuvwxyz0123456789ABCD';
const JWT = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl';

describe('extractCredential', () => {
  it('reads a bearer key, an x-api-key and an api-key header', () => {
    expect(extractCredential({ authorization: `Bearer ${KEY}` })).toEqual({
      kind: 'api_key',
      key: KEY,
    });
    expect(extractCredential({ authorization: `bearer   ${KEY} ` })).toEqual({
      kind: 'api_key',
      key: KEY,
    });
    expect(extractCredential({ 'x-api-key': KEY })).toEqual({ kind: 'api_key', key: KEY });
    expect(extractCredential({ 'api-key': ` ${KEY}` })).toEqual({ kind: 'api_key', key: KEY });
  });

  it('tells a JWT bearer from a key', () => {
    expect(extractCredential({ authorization: `Bearer ${JWT}` })).toEqual({
      kind: 'jwt',
      token: JWT,
    });
  });

  it('prefers Authorization, then x-api-key, then api-key', () => {
    expect(
      extractCredential({ authorization: 'Bearer a', 'x-api-key': 'b', 'api-key': 'c' }),
    ).toEqual({ kind: 'api_key', key: 'a' });
    expect(extractCredential({ 'x-api-key': 'b', 'api-key': 'c' })).toEqual({
      kind: 'api_key',
      key: 'b',
    });
    expect(extractCredential({ 'x-api-key': ['b', 'z'] })).toEqual({ kind: 'api_key', key: 'b' });
  });

  it('finds none when headers are absent, empty or another scheme', () => {
    expect(extractCredential({})).toEqual({ kind: 'none' });
    expect(extractCredential({ authorization: '', 'x-api-key': '  ' })).toEqual({ kind: 'none' });
    expect(extractCredential({ authorization: 'Basic dXNlcjpwYXNz' })).toEqual({ kind: 'none' });
    expect(extractCredential({ authorization: 'Bearer' })).toEqual({ kind: 'none' });
  });
});
