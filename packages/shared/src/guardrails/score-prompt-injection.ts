import {
  INJECTION_FAMILIES,
  INJECTION_SIGNALS,
  type InjectionFamily,
} from './injection-signals.js';
import { normalizeInjectionText } from './normalize-injection-text.js';

/** The threshold the fixtures are measured at; a policy's own `injection.threshold` wins. */
export const DEFAULT_INJECTION_THRESHOLD = 0.5;

export type InjectionScore = {
  /** 0..1: 1 − Π(1 − wᵢ) over the distinct signals that matched (a noisy-OR). */
  score: number;
  /** The attack families of the matched signals, in table order. */
  families: InjectionFamily[];
};

// Scoring work is bounded: the first 100k characters, and at most 20 base64 runs of ≤ 8k each.
const MAX_SCORED_CHARS = 100_000;
const BASE64_RUN = /(?<![A-Za-z0-9+/=_-])[A-Za-z0-9+/]{24,8000}={0,2}(?![A-Za-z0-9+/=_-])/g;
const MAX_BASE64_RUNS = 20;
// An obfuscation that hides a matched attack phrase is itself strong evidence.
const HIDDEN_WEIGHT = 0.5;
// Obfuscation with no attack phrase found (e.g. a mixed-script brand name) stays weak.
const BARE_OBFUSCATION_WEIGHT = 0.2;
const ENCODED_WEIGHT = 0.85;

type Hit = { family: InjectionFamily; weight: number; id: string };

function signalHits(text: string, prefix: string): Hit[] {
  return INJECTION_SIGNALS.flatMap((signal, i) =>
    signal.pattern.test(text)
      ? [{ family: signal.family, weight: signal.weight, id: `${prefix}${i}` }]
      : [],
  );
}

// Long base64 runs that decode to mostly printable text are scored like the text itself; a
// match inside one means the attack was encoded on purpose.
function decodedPayloadHits(original: string): Hit[] {
  let runs = 0;
  for (const m of original.matchAll(BASE64_RUN)) {
    if (++runs > MAX_BASE64_RUNS) break;
    const decoded = decodeBase64Text(m[0]);
    if (decoded === null) continue;
    const inner = signalHits(normalizeInjectionText(decoded).plain, 'b64:');
    if (inner.length > 0)
      return [...inner, { family: 'encoded_payload', weight: ENCODED_WEIGHT, id: 'b64' }];
  }
  return [];
}

function decodeBase64Text(run: string): string | null {
  try {
    const binary = atob(run.length % 4 === 0 ? run : run + '='.repeat(4 - (run.length % 4)));
    const printable = binary.match(/[\x20-\x7E\t\n\r]/g)?.length ?? 0;
    return printable / binary.length >= 0.9 ? binary : null;
  } catch {
    return null;
  }
}

function obfuscationHits(hidden: boolean, zeroWidth: number, mixedScript: number): Hit[] {
  if (hidden) return [{ family: 'obfuscation', weight: HIDDEN_WEIGHT, id: 'hidden' }];
  if (zeroWidth >= 3 || mixedScript >= 2)
    return [{ family: 'obfuscation', weight: BARE_OBFUSCATION_WEIGHT, id: 'bare' }];
  return [];
}

/**
 * Scores how likely `text` is a prompt-injection attempt. Pure and deterministic. Steps:
 * normalise (NFKC, strip zero-width, fold Cyrillic/Greek look-alikes, collapse whitespace,
 * lower-case); match INJECTION_SIGNALS on that text and on a leetspeak-decoded copy; decode long
 * base64 runs and match them too; add an obfuscation signal when a phrase was only visible after
 * de-obfuscation; score = 1 − Π(1 − weight) over distinct signals, rounded to 3 decimals.
 */
export function scorePromptInjection(text: string): InjectionScore {
  const sample = text.length > MAX_SCORED_CHARS ? text.slice(0, MAX_SCORED_CHARS) : text;
  const normalized = normalizeInjectionText(sample);
  const rawText = sample.toLowerCase().replace(/\s+/g, ' ').trim();
  const plain = signalHits(normalized.plain, '');
  // Ordinary text normalises to itself: reuse the hits instead of matching the table again.
  const raw = rawText === normalized.plain ? plain : signalHits(rawText, '');
  const deleet = normalized.deleet === normalized.plain ? plain : signalHits(normalized.deleet, '');
  const hidden = [...plain, ...deleet].some((hit) => !raw.some((r) => r.id === hit.id));
  const hits = [
    ...plain,
    ...deleet,
    ...decodedPayloadHits(sample),
    ...obfuscationHits(hidden, normalized.zeroWidthCount, normalized.mixedScriptWords),
  ];
  const distinct = new Map(hits.map((hit) => [hit.id, hit]));
  const miss = [...distinct.values()].reduce((product, hit) => product * (1 - hit.weight), 1);
  const families = new Set([...distinct.values()].map((hit) => hit.family));
  return {
    score: Math.round((1 - miss) * 1000) / 1000,
    families: INJECTION_FAMILIES.filter((family) => families.has(family)),
  };
}
