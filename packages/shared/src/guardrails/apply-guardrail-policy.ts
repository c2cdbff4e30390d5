import type {
  GuardrailAction,
  GuardrailDetectorKind,
  GuardrailRules,
} from '../guardrail-policy/guardrail-policy-schema.js';
import type { CompiledGuardrailRules } from './compile-guardrail-rules.js';
import {
  compiledGuardrailRules,
  findGuardrailSpans,
  rewriteGuardrailSpans,
} from './find-guardrail-spans.js';
import type { InjectionFamily } from './injection-signals.js';
import { ACTION_SEVERITY, type ActionedFinding } from './resolve-overlaps.js';
import { scorePromptInjection } from './score-prompt-injection.js';

export type GuardrailVerdict = 'allow' | 'block' | 'redact' | 'log';

/** A finding as reported to callers: where and what, never the matched text. */
export type GuardrailResultFinding = {
  kind: GuardrailDetectorKind;
  start: number;
  end: number;
  action: GuardrailAction;
  confidence: number;
};

export type GuardrailInjectionResult = {
  score: number;
  matched: InjectionFamily[];
  threshold: number;
  /** Whether the score reached the threshold (then the rule's action applies). */
  flagged: boolean;
};

export type GuardrailResult = {
  verdict: GuardrailVerdict;
  /** Non-overlapping findings, offsets (UTF-16) into the ORIGINAL text, sorted by start. */
  findings: GuardrailResultFinding[];
  /** The text with every non-`log` finding replaced (see renderFinding). */
  text: string;
  /** null when the policy has no enabled injection rule. */
  injection: GuardrailInjectionResult | null;
  /** One line for logs and the admin UI; names kinds and families, never matched text. */
  reason: string;
};

function scoreInjection(
  rules: CompiledGuardrailRules,
  text: string,
): GuardrailInjectionResult | null {
  const rule = rules.injection;
  if (rule === undefined || !rule.enabled) return null;
  const { score, families } = scorePromptInjection(text);
  return { score, matched: families, threshold: rule.threshold, flagged: score >= rule.threshold };
}

/**
 * Runs one direction of a guardrail policy over a text. Detectors find spans; overlaps are
 * resolved (longest, then earliest; the most severe action wins); `redact`/`block` spans become
 * placeholders and `mask` spans masks in `text`. Verdict: `block` if any finding blocks or the
 * injection score reaches a blocking threshold; else `redact` if any span was rewritten; else
 * `log` if anything was found or flagged; else `allow`. Pure; accepts the parsed rules (compiled
 * on first use and cached per object) or the output of `compileGuardrailRules`.
 */
export function applyGuardrailPolicy(
  rules: GuardrailRules | CompiledGuardrailRules,
  text: string,
): GuardrailResult {
  const compiled = compiledGuardrailRules(rules);
  const findings = findGuardrailSpans(compiled, text);
  const injection = scoreInjection(compiled, text);
  const injectionAction = injection?.flagged ? compiled.injection?.action : undefined;
  const verdict = decideVerdict(findings, injectionAction);
  return {
    verdict,
    findings: findings.map(({ kind, start, end, action, confidence }) => ({
      kind,
      start,
      end,
      action,
      confidence,
    })),
    text: rewriteGuardrailSpans(compiled, text, findings),
    injection,
    reason: describeResult(verdict, findings, injection),
  };
}

function decideVerdict(
  findings: readonly ActionedFinding[],
  injectionAction: 'block' | 'log' | undefined,
): GuardrailVerdict {
  const top = findings.reduce((max, f) => Math.max(max, ACTION_SEVERITY[f.action]), -1);
  if (top === ACTION_SEVERITY.block || injectionAction === 'block') return 'block';
  if (top >= ACTION_SEVERITY.mask) return 'redact';
  if (top === ACTION_SEVERITY.log || injectionAction === 'log') return 'log';
  return 'allow';
}

function describeResult(
  verdict: GuardrailVerdict,
  findings: readonly ActionedFinding[],
  injection: GuardrailInjectionResult | null,
): string {
  const parts: string[] = [];
  for (const action of ['block', 'redact', 'mask', 'log'] as const) {
    const kinds = [...new Set(findings.filter((f) => f.action === action).map((f) => f.kind))];
    if (kinds.length > 0) parts.push(`${action}: ${kinds.join(', ')}`);
  }
  if (injection?.flagged)
    parts.push(
      `prompt injection ${injection.score} >= ${injection.threshold} (${injection.matched.join(', ')})`,
    );
  return parts.length === 0 ? `${verdict}: nothing found` : `${verdict} (${parts.join('; ')})`;
}
