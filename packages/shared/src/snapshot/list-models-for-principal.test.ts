import { describe, expect, it } from 'vitest';
import { NOW, type KeyName } from './__fixtures__/fixture-rows.js';
import { fixtureSnapshot, principalOf } from './__fixtures__/fixture-snapshot.js';
import { listModelsForPrincipal } from './list-models-for-principal.js';

const snapshot = fixtureSnapshot();
const list = (key: KeyName) =>
  listModelsForPrincipal(snapshot, principalOf(snapshot, key), NOW).map((m) => m.publicName);

describe('listModelsForPrincipal', () => {
  it('lists every usable model of the Pro plan, by name', () => {
    expect(list('demo')).toEqual(['claude-sonnet-4', 'gpt-4o', 'gpt-4o-eu', 'gpt-4o-mini']);
  });

  it('lists only what the Free plan allows', () => {
    expect(list('trial')).toEqual(['gpt-4o-eu', 'gpt-4o-mini']);
  });

  it('narrows to the key allow-list', () => {
    expect(list('fastOnly')).toEqual(['claude-sonnet-4', 'gpt-4o-mini']);
  });

  it('lists nothing without an active subscription, and only in-region models for a regional team', () => {
    expect(list('orphan')).toEqual([]);
    expect(list('pending')).toEqual([]);
    expect(list('legal')).toEqual(['gpt-4o', 'gpt-4o-eu']);
  });
});
