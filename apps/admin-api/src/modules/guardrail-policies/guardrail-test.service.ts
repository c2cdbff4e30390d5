import { Inject, Injectable } from '@nestjs/common';
import {
  applyGuardrailPolicy,
  compileGuardrailRules,
  guardrailRulesSchema,
  UnsafeGuardrailPatternError,
  type GuardrailResult,
  type GuardrailRules,
} from '@gatehouse/shared';
import type { Actor } from '../../auth/actor.js';
import { conflict } from '../resource-support/resource-errors.js';
import type { TestDraftPolicyInput, TestSavedPolicyInput } from './dto/guardrail-test.schema.js';
import { GuardrailPoliciesService } from './guardrail-policies.service.js';

/**
 * "Test this text" against a guardrail policy: the same pure `applyGuardrailPolicy` the gateway
 * runs. Read-only: nothing is stored, audited or logged (the text may hold the very secrets the
 * policy exists to catch).
 */
@Injectable()
export class GuardrailTestService {
  constructor(
    @Inject(GuardrailPoliciesService) private readonly policies: GuardrailPoliciesService,
  ) {}

  /** A saved policy of the caller's org (404 otherwise), one direction of it. */
  async testSaved(actor: Actor, id: string, input: TestSavedPolicyInput): Promise<GuardrailResult> {
    const policy = await this.policies.get(actor, id);
    // Rules were validated when saved; a row from before a schema tightening is a 409, not a 500.
    const rules = guardrailRulesSchema.safeParse(policy[input.direction]);
    if (!rules.success)
      throw conflict(
        `The policy's ${input.direction} rules are no longer valid; update the policy`,
        input.direction,
      );
    return this.run(rules.data, input.text, input.direction);
  }

  /** A draft policy side, before it is saved (already parsed by the body schema). */
  testDraft(input: TestDraftPolicyInput): GuardrailResult {
    return this.run(input.policy, input.text, 'policy');
  }

  private run(rules: GuardrailRules, text: string, param: string): GuardrailResult {
    try {
      return applyGuardrailPolicy(compileGuardrailRules(rules), text);
    } catch (error) {
      if (error instanceof UnsafeGuardrailPatternError) throw conflict(error.message, param);
      throw error;
    }
  }
}
