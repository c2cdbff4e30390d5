import type {
  GuardrailAction,
  GuardrailDetectorKind,
  GuardrailRules,
} from '../guardrail-policy/guardrail-policy-schema.js';
import { GUARDRAIL_DETECTORS, type MaskStyle } from './guardrail-detectors.js';
import type { DetectText } from './guardrail-finding.js';

export type CompiledDetector = {
  kind: GuardrailDetectorKind;
  action: GuardrailAction;
  placeholder: string;
  mask: MaskStyle;
  detect: DetectText;
};

/** One policy direction with its patterns and word lists compiled, ready for many texts. */
export type CompiledGuardrailRules = {
  compiled: true;
  detectors: readonly CompiledDetector[];
  injection: GuardrailRules['injection'];
};

// A custom pattern's label names its placeholder: "Project code" → [PROJECT_CODE].
function placeholderFor(kind: GuardrailDetectorKind, label: unknown): string {
  if (kind !== 'custom_regex' || typeof label !== 'string')
    return GUARDRAIL_DETECTORS[kind].placeholder;
  const name = label
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[^\p{L}\p{N}]+/gu, '_')
    .replace(/^_|_$/g, '');
  return name === '' ? GUARDRAIL_DETECTORS[kind].placeholder : `[${name.slice(0, 40)}]`;
}

/**
 * Compiles a parsed policy direction (see `guardrailRulesSchema`). Throws
 * `UnsafeGuardrailPatternError` for a custom pattern the schema would have refused.
 */
export function compileGuardrailRules(rules: GuardrailRules): CompiledGuardrailRules {
  return {
    compiled: true,
    injection: rules.injection,
    detectors: rules.detectors.map((config) => {
      const entry = GUARDRAIL_DETECTORS[config.kind as GuardrailDetectorKind];
      return {
        kind: config.kind as GuardrailDetectorKind,
        action: config.action as GuardrailAction,
        placeholder: placeholderFor(config.kind as GuardrailDetectorKind, config['label']),
        mask: entry.mask,
        detect: entry.compile(config),
      };
    }),
  };
}
