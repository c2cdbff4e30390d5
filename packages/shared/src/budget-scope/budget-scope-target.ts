/** Budget scopes (mirror the Prisma enum). */
export type BudgetScopeName = 'ORG' | 'TEAM' | 'APPLICATION' | 'API_KEY';

export type BudgetTargetField = 'teamId' | 'applicationId' | 'apiKeyId';

/** Which id each scope names; an org-wide budget names none. */
export const BUDGET_SCOPE_TARGET: Record<BudgetScopeName, BudgetTargetField | null> = {
  ORG: null,
  TEAM: 'teamId',
  APPLICATION: 'applicationId',
  API_KEY: 'apiKeyId',
};

const FIELDS: readonly BudgetTargetField[] = ['teamId', 'applicationId', 'apiKeyId'];

export type BudgetTargetIds = Partial<Record<BudgetTargetField, string | null>>;

/** The scope's id must be given and the others absent. First problem as {param, message}, or null. */
export function checkBudgetScopeTarget(
  scope: BudgetScopeName,
  ids: BudgetTargetIds,
): { param: string; message: string } | null {
  const wanted = BUDGET_SCOPE_TARGET[scope];
  if (wanted !== null && !ids[wanted]) {
    return { param: wanted, message: `${scope} budgets need ${wanted}` };
  }
  const stray = FIELDS.find((field) => field !== wanted && ids[field]);
  return stray === undefined
    ? null
    : { param: stray, message: `${scope} budgets take no ${stray}` };
}
