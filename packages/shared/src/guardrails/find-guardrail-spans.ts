import type { GuardrailRules } from '../guardrail-policy/guardrail-policy-schema.js';
import { compileGuardrailRules, type CompiledGuardrailRules } from './compile-guardrail-rules.js';
import { renderFinding } from './render-finding.js';
import { resolveOverlaps, type ActionedFinding } from './resolve-overlaps.js';

// Compiled once per rules object (the gateway's snapshot keeps the same objects until reload).
const compiledCache = new WeakMap<GuardrailRules, CompiledGuardrailRules>();

/** The compiled form of a policy side, compiling (and caching) a plain rules object once. */
export function compiledGuardrailRules(
  rules: GuardrailRules | CompiledGuardrailRules,
): CompiledGuardrailRules {
  if ('compiled' in rules) return rules;
  let compiled = compiledCache.get(rules);
  if (compiled === undefined) {
    compiled = compileGuardrailRules(rules);
    compiledCache.set(rules, compiled);
  }
  return compiled;
}

/** Every detector of the side over `text`, overlaps resolved; each span carries its action. */
export function findGuardrailSpans(rules: CompiledGuardrailRules, text: string): ActionedFinding[] {
  const raw = rules.detectors.flatMap((detector, index) =>
    detector
      .detect(text)
      .map((f): ActionedFinding => ({ ...f, action: detector.action, detector: index })),
  );
  return resolveOverlaps(raw);
}

/** `text` with each non-log span replaced by its placeholder or mask (see renderFinding). */
export function rewriteGuardrailSpans(
  rules: CompiledGuardrailRules,
  text: string,
  spans: readonly ActionedFinding[],
): string {
  let out = '';
  let at = 0;
  for (const span of spans) {
    const detector = rules.detectors[span.detector];
    if (detector === undefined) continue;
    out += text.slice(at, span.start);
    out += renderFinding(span.match, span.action, detector.placeholder, detector.mask);
    at = span.end;
  }
  return out + text.slice(at);
}
