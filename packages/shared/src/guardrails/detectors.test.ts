import { describe, expect, it } from 'vitest';
import { detectCreditCard, passesLuhn } from './detect-credit-card.js';
import { detectEmail } from './detect-email.js';
import { detectIban, passesIbanChecksum } from './detect-iban.js';
import { detectIpAddress, isIpv6 } from './detect-ip-address.js';
import { detectPhone } from './detect-phone.js';
import { detectUsSsn } from './detect-us-ssn.js';
import type { GuardrailFinding } from './guardrail-finding.js';

const matches = (findings: GuardrailFinding[]) => findings.map((f) => f.match);

describe('detectEmail', () => {
  it('finds addresses with offsets that slice back to the match', () => {
    const text = 'Write to jane.doe+tag@mail.example.co.uk or ops@acme.io.';
    const found = detectEmail(text);
    expect(matches(found)).toEqual(['jane.doe+tag@mail.example.co.uk', 'ops@acme.io']);
    for (const f of found) expect(text.slice(f.start, f.end)).toBe(f.match);
  });
  it('ignores handles, versions and broken addresses', () => {
    expect(detectEmail('@channel, user@localhost, a@b.c, npm i pkg@1.2.3, x..y@a.com')).toEqual([]);
  });
});

describe('detectPhone', () => {
  it('finds international, North American and national numbers', () => {
    expect(
      matches(
        detectPhone(
          '+44 20 7946 0958; (415) 555-0132; 415.555.0199; 020 7946 0958; +4915112345678',
        ),
      ),
    ).toEqual([
      '+44 20 7946 0958',
      '(415) 555-0132',
      '415.555.0199',
      '020 7946 0958',
      '+4915112345678',
    ]);
  });
  it('does not match plain numbers, dates, order ids or versions', () => {
    const text =
      'order 4155550132, id 123-456-7890, on 2024-01-15 or 01.02.2024 at 10:30, v1.2.3, ORD-415-555-0132, total 1,234,567';
    expect(detectPhone(text)).toEqual([]);
  });
});

describe('detectCreditCard', () => {
  it('finds Luhn-valid numbers of known issuers, grouped or not', () => {
    const text = 'Visa 4111 1111 1111 1111, MC 5555-5555-5555-4444, Amex 378282246310005.';
    expect(matches(detectCreditCard(text))).toEqual([
      '4111 1111 1111 1111',
      '5555-5555-5555-4444',
      '378282246310005',
    ]);
  });
  it('rejects a bad checksum, an unknown issuer and mixed separators', () => {
    expect(passesLuhn('4111111111111111')).toBe(true);
    expect(passesLuhn('4111111111111112')).toBe(false);
    // 1234567812345670 is Luhn-valid but no issuer starts with 1.
    expect(passesLuhn('1234567812345670')).toBe(true);
    const text =
      '4111 1111 1111 1112 / 1234567812345670 / 4111 1111-1111 1111 / 4111111111111111111111';
    expect(detectCreditCard(text)).toEqual([]);
  });
});

describe('detectUsSsn', () => {
  it('finds formatted SSNs', () => {
    expect(matches(detectUsSsn('SSN 123-45-6789 and 234 56 7890.'))).toEqual([
      '123-45-6789',
      '234 56 7890',
    ]);
  });
  it('applies the issuance rules and requires consistent separators', () => {
    const text =
      '000-12-3456 666-12-3456 912-34-5678 123-00-4567 123-45-0000 123-45 6789 123456789 1123-45-6789';
    expect(detectUsSsn(text)).toEqual([]);
  });
});

describe('detectIban', () => {
  it('finds IBANs packed or printed in groups of four', () => {
    const text = 'Pay DE89 3704 0044 0532 0130 00 or GB82WEST12345698765432 or NO9386011117947.';
    expect(matches(detectIban(text))).toEqual([
      'DE89 3704 0044 0532 0130 00',
      'GB82WEST12345698765432',
      'NO9386011117947',
    ]);
  });
  it('checks the mod-97 checksum and the country length', () => {
    expect(passesIbanChecksum('DE89370400440532013000')).toBe(true);
    expect(passesIbanChecksum('DE89370400440532013001')).toBe(false);
    expect(
      detectIban('DE89370400440532013001 DE8937040044053201300 XX89370400440532013000'),
    ).toEqual([]);
  });
});

describe('detectIpAddress', () => {
  it('finds IPv4 and IPv6 in full, compressed and mixed forms', () => {
    const text =
      'hosts 10.0.0.1, 192.168.1.254. v6 2001:db8:85a3:0:0:8a2e:370:7334, fe80::1ff:fe23:4567:890a, ::1 and ::ffff:192.0.2.1';
    expect(matches(detectIpAddress(text))).toEqual([
      '10.0.0.1',
      '192.168.1.254',
      '2001:db8:85a3:0:0:8a2e:370:7334',
      'fe80::1ff:fe23:4567:890a',
      '::1',
      '::ffff:192.0.2.1',
    ]);
  });
  it('rejects bad octets, versions, times, MACs and C++ scopes', () => {
    const text =
      '256.1.1.1 1.2.3.4.5 v1.2.3.4 at 12:30:45, mac 00:1A:2B:3C:4D:5E, std::vector, a::b, ::, 1:2:3';
    expect(detectIpAddress(text)).toEqual([]);
    expect(isIpv6('1::2::3')).toBe(false);
    expect(isIpv6('1:2:3:4:5:6:7:8:9')).toBe(false);
    expect(isIpv6('2001:db8::')).toBe(true);
    expect(isIpv6('12345::1')).toBe(false);
  });
});
