import { toOpenAiError } from '../http/errors/to-openai-error.js';
import type { UsageOutcome } from './gateway-call.js';

// How a refused or failed request is filed in the ledger, by the status returned.
const OUTCOME_BY_STATUS: Readonly<Record<number, UsageOutcome>> = {
  401: 'BLOCKED',
  403: 'BLOCKED',
  429: 'RATE_LIMITED',
};

/** The ledger's view of an error that ended a request: status, outcome and error type. */
export function outcomeOfError(error: unknown): {
  status: number;
  outcome: UsageOutcome;
  errorType: string;
} {
  const { status, body } = toOpenAiError(error);
  const outcome = OUTCOME_BY_STATUS[status] ?? (status >= 500 ? 'UPSTREAM_ERROR' : 'CLIENT_ERROR');
  return { status, outcome, errorType: body.error.code ?? body.error.type };
}
