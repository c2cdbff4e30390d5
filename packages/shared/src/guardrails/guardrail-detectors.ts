import type {
  GuardrailDetectorKind,
  GuardrailRules,
} from '../guardrail-policy/guardrail-policy-schema.js';
import { detectCreditCard } from './detect-credit-card.js';
import { compileCustomRegex, type CustomRegexOptions } from './detect-custom-regex.js';
import { compileDenyWords, type DenyWordsOptions } from './detect-deny-words.js';
import { detectEmail } from './detect-email.js';
import { detectIban } from './detect-iban.js';
import { detectIpAddress } from './detect-ip-address.js';
import { detectPhone } from './detect-phone.js';
import { detectSecret } from './detect-secret.js';
import { detectUsSsn } from './detect-us-ssn.js';
import type { DetectText } from './guardrail-finding.js';

/** How `mask` rewrites a finding: keep the last four digits, or a fixed `***`. */
export type MaskStyle = 'last4' | 'stars';

/** A policy's detector entry (kind, action and the kind's options). */
export type GuardrailDetectorConfig = GuardrailRules['detectors'][number];

export type GuardrailDetectorEntry = {
  /** The `redact` placeholder, e.g. `[EMAIL]`. */
  placeholder: string;
  mask: MaskStyle;
  /** Builds the detector once per policy (compiles custom patterns and word lists). */
  compile: (config: GuardrailDetectorConfig) => DetectText;
};

const builtIn = (detect: DetectText) => () => detect;

/** THE detector table: one line per kind of the policy schema. */
export const GUARDRAIL_DETECTORS: Readonly<Record<GuardrailDetectorKind, GuardrailDetectorEntry>> =
  {
    email: { placeholder: '[EMAIL]', mask: 'stars', compile: builtIn(detectEmail) },
    phone: { placeholder: '[PHONE]', mask: 'last4', compile: builtIn(detectPhone) },
    credit_card: {
      placeholder: '[CREDIT_CARD]',
      mask: 'last4',
      compile: builtIn(detectCreditCard),
    },
    us_ssn: { placeholder: '[US_SSN]', mask: 'stars', compile: builtIn(detectUsSsn) },
    iban: { placeholder: '[IBAN]', mask: 'stars', compile: builtIn(detectIban) },
    ip_address: { placeholder: '[IP_ADDRESS]', mask: 'stars', compile: builtIn(detectIpAddress) },
    secret: { placeholder: '[SECRET]', mask: 'stars', compile: builtIn(detectSecret) },
    custom_regex: {
      placeholder: '[REDACTED]',
      mask: 'stars',
      compile: (config) => compileCustomRegex(config as unknown as CustomRegexOptions),
    },
    deny_words: {
      placeholder: '[REDACTED]',
      mask: 'stars',
      compile: (config) => compileDenyWords(config as unknown as DenyWordsOptions),
    },
  };
