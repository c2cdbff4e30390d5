import { collectMatches, type GuardrailFinding } from './guardrail-finding.js';
import { SECRET_PATTERNS } from './secret-patterns.js';

const PEM_BEGIN = /-----BEGIN (?:[A-Z0-9]+ ){0,3}PRIVATE KEY-----/g;
const PEM_END = /-----END (?:[A-Z0-9]+ ){0,3}PRIVATE KEY-----/g;

// A PEM private key runs from its BEGIN line to the next END line; a key cut off (the end of a
// stream window, a truncated paste) is a secret up to the end of the text. Found with two
// linear scans instead of one lazy `[\s\S]*?` regex.
function detectPrivateKeys(text: string): GuardrailFinding[] {
  const findings: GuardrailFinding[] = [];
  for (const begin of text.matchAll(PEM_BEGIN)) {
    if (findings.some((f) => begin.index < f.end)) continue;
    PEM_END.lastIndex = begin.index + begin[0].length;
    const end = PEM_END.exec(text);
    const stop = end === null ? text.length : end.index + end[0].length;
    findings.push({
      kind: 'secret',
      start: begin.index,
      end: stop,
      match: text.slice(begin.index, stop),
      confidence: 0.99,
    });
  }
  return findings;
}

/**
 * Credentials: cloud and SaaS API keys and tokens (see SECRET_PATTERNS), JWTs, PEM private
 * keys and Gatehouse's own `gh_` keys.
 */
export function detectSecret(text: string): GuardrailFinding[] {
  const found = SECRET_PATTERNS.flatMap(({ pattern, confidence, check }) =>
    collectMatches('secret', text, pattern, (match, index) =>
      check === undefined || check(match, text, index) ? confidence : null,
    ),
  );
  return [...detectPrivateKeys(text), ...found].sort((a, b) => a.start - b.start);
}
