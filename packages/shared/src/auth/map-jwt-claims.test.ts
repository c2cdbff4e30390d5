import { describe, expect, it } from 'vitest';
import { fixtureRows, id, ORG } from '../snapshot/__fixtures__/fixture-rows.js';
import { fixtureSnapshot } from '../snapshot/__fixtures__/fixture-snapshot.js';
import type { OidcIssuerEntry } from '../snapshot/policy-snapshot.js';
import { mapJwtClaims } from './map-jwt-claims.js';

const rows = fixtureRows();
// A second "Demo App" in another team makes the bare name ambiguous.
rows.applications.push({
  ...rows.applications[0]!,
  id: id('app:Demo App 2'),
  teamId: id('team:legal'),
});
const snapshot = fixtureSnapshot(rows);
const issuer = snapshot.oidcIssuersByIssuer.get('https://idp.acme.test')![0]!;
const withMapping = (claimMapping: Record<string, string>): OidcIssuerEntry => ({
  ...issuer,
  claimMapping,
});

function map(claims: Record<string, unknown>, entry = issuer) {
  const result = mapJwtClaims(claims, entry, snapshot);
  return result.ok
    ? result.principal
    : [result.error.status, result.error.code, result.error.message];
}

describe('mapJwtClaims', () => {
  it('maps groups[0] to a team slug and azp to an application name in that team', () => {
    expect(map({ sub: 'user-1', groups: ['platform'], azp: 'Demo App' })).toEqual({
      authKind: 'jwt',
      orgId: ORG,
      teamId: id('team:platform'),
      teamSlug: 'platform',
      costCenter: 'CC-platform',
      region: null,
      applicationId: id('app:Demo App'),
      applicationName: 'Demo App',
      apiKeyId: null,
      keyPrefix: null,
      keyAllowedModels: [],
      scopes: [],
      subject: 'user-1',
    });
  });

  it('accepts ids for team and application', () => {
    const principal = map({ groups: [id('team:marketing')], azp: id('app:Trial App') });
    expect(principal).toMatchObject({
      teamSlug: 'marketing',
      applicationName: 'Trial App',
      subject: null,
    });
  });

  it('takes the team from the application when no team claim is mapped', () => {
    const principal = map({ client: 'Contract Review' }, withMapping({ application: 'client' }));
    expect(principal).toMatchObject({ teamSlug: 'legal', region: 'eu-west' });
  });

  it('defaults the application claim to azp', () => {
    expect(map({ azp: 'Trial App' }, withMapping({}))).toMatchObject({
      applicationName: 'Trial App',
    });
  });

  it('refuses unknown teams, missing or unknown applications and ambiguous names', () => {
    expect(map({ groups: ['sales'], azp: 'Demo App' })).toEqual([
      403,
      'permission_denied',
      'The token names team `sales`, which does not exist.',
    ]);
    expect(map({ groups: ['platform'] })).toEqual([
      403,
      'permission_denied',
      'The token has no `azp` claim naming an application.',
    ]);
    expect(map({ groups: ['marketing'], azp: 'Demo App' })).toMatchObject([
      403,
      'permission_denied',
      expect.stringMatching(/not in team `marketing`/),
    ]);
    expect(map({ azp: 'Demo App' }, withMapping({ application: 'azp' }))).toMatchObject([
      403,
      'permission_denied',
      expect.stringMatching(/several teams/),
    ]);
  });

  it('refuses an archived application and one of another org', () => {
    expect(map({ groups: ['platform'], azp: 'Archived App' })).toMatchObject([
      403,
      'permission_denied',
      expect.stringMatching(/archived/),
    ]);
    const foreign = { ...issuer, orgId: id('org:other') };
    expect(map({ azp: id('app:Trial App') }, foreign)).toEqual([
      403,
      'permission_denied',
      expect.stringMatching(/not in this organization/),
    ]);
  });
});
