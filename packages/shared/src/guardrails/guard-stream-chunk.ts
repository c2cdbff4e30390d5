import type { GuardrailRules } from '../guardrail-policy/guardrail-policy-schema.js';
import type { GuardrailResultFinding } from './apply-guardrail-policy.js';
import type { CompiledGuardrailRules } from './compile-guardrail-rules.js';
import {
  compiledGuardrailRules,
  findGuardrailSpans,
  rewriteGuardrailSpans,
} from './find-guardrail-spans.js';
import type { ActionedFinding } from './resolve-overlaps.js';

/**
 * Characters held back at the end of a stream so a value split across chunks is seen whole.
 * Longer than every built-in pattern but JWTs and PEM keys; a PEM key without its END line runs
 * to the end of the text, so it is held back whatever its length.
 */
export const GUARDRAIL_STREAM_WINDOW = 512;
/**
 * Pending text beyond this is flushed (rewritten) even inside a finding, bounding memory and the
 * rescanning of held-back text (a 4096-bit RSA PEM key is ~3.2k characters).
 */
export const GUARDRAIL_STREAM_MAX_PENDING = 16_384;

/** What a stream guard carries between chunks. Start with `{ pending: '', offset: 0 }`. */
export type GuardrailStreamState = {
  /** Received but not yet emitted text. */
  pending: string;
  /** Stream offset of `pending[0]` (UTF-16 units emitted or dropped so far). */
  offset: number;
};

export type GuardrailStreamStep = {
  state: GuardrailStreamState;
  /** Rewritten text safe to forward now (may be ''). */
  emit: string;
  /** A `block` finding was reached: stop the stream; `emit` is the text before it. */
  blocked: boolean;
  /** Findings inside the emitted part, offsets into the whole stream. */
  findings: GuardrailResultFinding[];
};

// Where to cut: `window` before the end, moved back to the start of a finding it would split.
function safeCut(spans: readonly ActionedFinding[], length: number, window: number): number {
  let cut = Math.max(0, length - window);
  for (const span of spans) if (span.start < cut && span.end > cut) cut = span.start;
  return cut;
}

/**
 * One step of the output guard over a streamed response (DESIGN.md step 9). Detectors only: an
 * output-side injection rule needs the whole text, score it at the end if wanted. Pass
 * `final: true` with the last chunk (or '') to flush the rest.
 */
export function guardStreamChunk(
  rules: GuardrailRules | CompiledGuardrailRules,
  state: GuardrailStreamState,
  chunk: string,
  options: { final?: boolean; window?: number } = {},
): GuardrailStreamStep {
  const compiled = compiledGuardrailRules(rules);
  const pending = state.pending + chunk;
  const spans = findGuardrailSpans(compiled, pending);
  const flushAll = options.final === true || pending.length > GUARDRAIL_STREAM_MAX_PENDING;
  let cut = flushAll
    ? pending.length
    : safeCut(spans, pending.length, options.window ?? GUARDRAIL_STREAM_WINDOW);
  const block = spans.find((span) => span.action === 'block' && span.start < cut);
  if (block !== undefined) cut = block.start;
  const emitted = spans.filter((span) => span.end <= cut);
  return {
    state: block
      ? { pending: '', offset: state.offset + pending.length }
      : { pending: pending.slice(cut), offset: state.offset + cut },
    emit: rewriteGuardrailSpans(compiled, pending.slice(0, cut), emitted),
    blocked: block !== undefined,
    findings: [...emitted, ...(block ? [block] : [])].map(
      ({ kind, start, end, action, confidence }) => ({
        kind,
        start: state.offset + start,
        end: state.offset + end,
        action,
        confidence,
      }),
    ),
  };
}
