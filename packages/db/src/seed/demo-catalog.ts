// What the demo organization contains, as plain tables. The seed functions turn these rows into
// database rows; a new team, user, provider or model joins with one line here.
import { parseUsdMicros as usd } from '@gatehouse/shared';

export const DEMO_ORG = {
  slug: 'acme',
  name: 'Acme',
  allowedSignupDomains: ['acme.test'],
} as const;

export type TeamSlug = 'platform' | 'marketing' | 'legal';

export const DEMO_TEAMS: readonly { slug: TeamSlug; name: string; costCenter: string }[] = [
  { slug: 'platform', name: 'Platform', costCenter: 'CC-1001' },
  { slug: 'marketing', name: 'Marketing', costCenter: 'CC-1002' },
  { slug: 'legal', name: 'Legal', costCenter: 'CC-1003' },
];

type Role = 'OWNER' | 'ADMIN' | 'DEVELOPER' | 'FINANCE' | 'AUDITOR';
type DemoUser = {
  /** null = the admin from SEED_ADMIN_EMAIL. */
  email: string | null;
  name: string;
  role: Role;
  teams: readonly { slug: TeamSlug; role: 'MAINTAINER' | 'MEMBER' }[];
};

/** Every demo user signs in with the admin's password (SEED_ADMIN_PASSWORD). */
export const DEMO_USERS: readonly DemoUser[] = [
  {
    email: null,
    name: 'Alex Admin',
    role: 'OWNER',
    teams: [{ slug: 'platform', role: 'MAINTAINER' }],
  },
  {
    email: 'ops@acme.test',
    name: 'Olivia Ops',
    role: 'ADMIN',
    teams: [{ slug: 'platform', role: 'MEMBER' }],
  },
  {
    email: 'developer@acme.test',
    name: 'Dev Patel',
    role: 'DEVELOPER',
    teams: [{ slug: 'platform', role: 'MEMBER' }],
  },
  {
    email: 'marketing@acme.test',
    name: 'Mia Marketing',
    role: 'DEVELOPER',
    teams: [{ slug: 'marketing', role: 'MAINTAINER' }],
  },
  {
    email: 'legal@acme.test',
    name: 'Leo Legal',
    role: 'DEVELOPER',
    teams: [{ slug: 'legal', role: 'MAINTAINER' }],
  },
  { email: 'finance@acme.test', name: 'Fiona Finance', role: 'FINANCE', teams: [] },
  { email: 'auditor@acme.test', name: 'Aaron Auditor', role: 'AUDITOR', teams: [] },
];

/** Models on the Free plan (the Pro plan allows every model of the product). */
export const FREE_PLAN_MODELS = [
  'gpt-4o-mini',
  'claude-haiku-4-5',
  'gemini-2.5-flash',
  'text-embedding-3-small',
  'llama-3.1-8b',
];

export const LLM_PLANS = [
  {
    slug: 'free',
    name: 'Free',
    description: 'Try the gateway: cheap models, a hard $1 monthly budget.',
    requestsPerMinute: 10,
    tokensPerMinute: 20_000,
    budgetMicros: usd('1'),
    budgetMode: 'HARD',
    overage: 'BLOCK',
    allowedModels: FREE_PLAN_MODELS,
    priceMonthlyMicros: 0n,
  },
  {
    slug: 'pro',
    name: 'Pro',
    description: 'Production traffic on every model; $500 monthly budget with alerts.',
    requestsPerMinute: 600,
    tokensPerMinute: 1_000_000,
    budgetMicros: usd('500'),
    budgetMode: 'SOFT',
    overage: 'ALLOW',
    allowedModels: [],
    priceMonthlyMicros: usd('49'),
  },
] as const;

export type AppKeyOption = 'demoKey' | 'trialKey' | null;
export type DemoApp = {
  name: string;
  team: TeamSlug;
  description: string;
  plan: 'free' | 'pro';
  keyOption: AppKeyOption;
  ordersPlan: boolean;
};

export const DEMO_APPS: readonly DemoApp[] = [
  {
    name: 'Demo App',
    team: 'platform',
    description: 'The demo application; its key is printed by the seed.',
    plan: 'pro',
    keyOption: 'demoKey',
    ordersPlan: true,
  },
  {
    name: 'Trial App',
    team: 'marketing',
    description: 'A new team trying the Free plan.',
    plan: 'free',
    keyOption: 'trialKey',
    ordersPlan: false,
  },
  {
    name: 'Campaign Studio',
    team: 'marketing',
    description: 'Drafts campaign copy and images briefs.',
    plan: 'pro',
    keyOption: null,
    ordersPlan: false,
  },
  {
    name: 'Contract Review',
    team: 'legal',
    description: 'Summarises and checks contracts (EU data stays in the EU).',
    plan: 'pro',
    keyOption: null,
    ordersPlan: false,
  },
];

// Sized to the synthetic history (~$50/month), so budget bars show real progress.
export const DEMO_BUDGETS = [
  {
    name: 'Acme monthly',
    scope: 'ORG',
    team: null,
    amountMicros: usd('100'),
    mode: 'SOFT',
    alertThresholds: [50, 80, 100],
  },
  {
    name: 'Marketing monthly',
    scope: 'TEAM',
    team: 'marketing',
    amountMicros: usd('15'),
    mode: 'HARD',
    alertThresholds: [50, 80, 100],
  },
  {
    name: 'Legal monthly',
    scope: 'TEAM',
    team: 'legal',
    amountMicros: usd('50'),
    mode: 'SOFT',
    alertThresholds: [80, 100],
  },
] as const;

export const DEFAULT_GUARDRAIL = {
  name: 'Default',
  description:
    'Redacts e-mail addresses and phone numbers, blocks card numbers, scores prompt injection.',
  input: {
    detectors: [
      { kind: 'email', action: 'redact' },
      { kind: 'phone', action: 'redact' },
      { kind: 'credit_card', action: 'block' },
    ],
    injection: { enabled: true, threshold: 0.8, action: 'block' },
  },
  output: {
    detectors: [
      { kind: 'email', action: 'redact' },
      { kind: 'phone', action: 'redact' },
      { kind: 'credit_card', action: 'block' },
    ],
  },
};
