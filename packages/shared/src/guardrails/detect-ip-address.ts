import { collectMatches, type GuardrailFinding } from './guardrail-finding.js';

const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const IPV4_SOURCE = `${OCTET}(?:\\.${OCTET}){3}`;

// Not inside a longer dotted number or word (v1.2.3.4.5, 1.2.3.4.5); a trailing full stop is fine.
const IPV4 = new RegExp(`(?<![\\w.])${IPV4_SOURCE}(?![\\w]|\\.\\d)`, 'g');
const IPV4_EXACT = new RegExp(`^${IPV4_SOURCE}$`);

// Candidates: hex groups and colons (optionally ending in an embedded IPv4), validated below.
// Each turn of the repeat consumes a colon, so it cannot re-split the same characters.
const IPV6 =
  /(?<![\w:.])(?:[0-9A-Fa-f]{1,4})?(?::[0-9A-Fa-f]{0,4}){2,8}(?:\.\d{1,3}){0,3}(?![\w:])/g;

const HEX_GROUP = /^[0-9A-Fa-f]{1,4}$/;

/** Whether `value` is a valid IPv6 address (full, `::`-compressed, or with an IPv4 tail). */
export function isIpv6(value: string): boolean {
  const halves = value.split('::');
  if (halves.length > 2) return false;
  const groups = halves.map((half) => (half === '' ? [] : half.split(':')));
  const all = groups.flat();
  const last = all[all.length - 1];
  const tailIsIpv4 = last !== undefined && last.includes('.');
  if (tailIsIpv4 && !IPV4_EXACT.test(last)) return false;
  const hexGroups = tailIsIpv4 ? all.slice(0, -1) : all;
  if (!hexGroups.every((group) => HEX_GROUP.test(group))) return false;
  const width = hexGroups.length + (tailIsIpv4 ? 2 : 0);
  return halves.length === 2 ? width <= 7 : width === 8;
}

/** IPv4 (octets 0-255) and IPv6 addresses. */
export function detectIpAddress(text: string): GuardrailFinding[] {
  const v4 = collectMatches('ip_address', text, IPV4, () => 0.9);
  const v6 = collectMatches('ip_address', text, IPV6, (match) => {
    if (!isIpv6(match)) return null;
    // "a::b" or "::" (code, prose) is valid but rarely an address: want a digit or 3+ groups.
    const groups = match.split(':').filter((g) => g !== '').length;
    if (!/\d/.test(match) && groups < 3) return null;
    return match.length >= 6 ? 0.9 : 0.5;
  });
  // An IPv4 tail of an IPv6 address is one finding, not two.
  const inside = (f: GuardrailFinding) => v6.some((s) => f.start >= s.start && f.end <= s.end);
  return [...v4.filter((f) => !inside(f)), ...v6].sort((a, b) => a.start - b.start);
}
