import { describe, expect, it } from 'vitest';
import { checkBudgetScopeTarget } from './budget-scope-target.js';

describe('checkBudgetScopeTarget', () => {
  it('wants exactly the id its scope names', () => {
    expect(checkBudgetScopeTarget('ORG', {})).toBeNull();
    expect(checkBudgetScopeTarget('TEAM', { teamId: 't' })).toBeNull();
    expect(checkBudgetScopeTarget('APPLICATION', { applicationId: 'a', teamId: null })).toBeNull();
    expect(checkBudgetScopeTarget('API_KEY', { apiKeyId: 'k' })).toBeNull();
  });

  it('names a missing or stray id', () => {
    expect(checkBudgetScopeTarget('TEAM', {})).toEqual({
      param: 'teamId',
      message: 'TEAM budgets need teamId',
    });
    expect(checkBudgetScopeTarget('ORG', { apiKeyId: 'k' })).toEqual({
      param: 'apiKeyId',
      message: 'ORG budgets take no apiKeyId',
    });
    expect(checkBudgetScopeTarget('API_KEY', { apiKeyId: 'k', teamId: 't' })?.param).toBe('teamId');
  });
});
