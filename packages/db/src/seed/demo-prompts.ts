// Managed prompts of the demo org. Versions are immutable once written, so these tables only
// ever grow: a changed prompt is a new version line, never an edit of an old one.
type Message = { role: 'system' | 'user'; content: string };
type DemoPromptVersion = {
  messages: Message[];
  variables: Record<string, { type: 'string'; required: boolean; description: string }>;
  model: string;
  parameters: Record<string, number>;
  changelog: string;
};
export type DemoPrompt = {
  slug: string;
  name: string;
  description: string;
  versions: DemoPromptVersion[];
  /** label → version number (1-based). */
  labels: Record<'production' | 'staging', number>;
};

const str = (description: string, required = true) => ({
  type: 'string' as const,
  required,
  description,
});

const supportVariables = {
  customer_name: str('Customer first name'),
  question: str('The customer question'),
  tone: str('friendly | formal', false),
};

export const DEMO_PROMPTS: readonly DemoPrompt[] = [
  {
    slug: 'support-reply',
    name: 'Support reply',
    description: 'Drafts a reply to a customer support ticket.',
    versions: [
      {
        messages: [
          { role: 'system', content: 'You are a support agent for Acme. Answer briefly.' },
          { role: 'user', content: 'Customer {{customer_name}} asks: {{question}}' },
        ],
        variables: {
          customer_name: supportVariables.customer_name,
          question: supportVariables.question,
        },
        model: 'gpt-4o-mini',
        parameters: { temperature: 0.3 },
        changelog: 'First version.',
      },
      {
        messages: [
          {
            role: 'system',
            content:
              'You are a support agent for Acme. Answer in a {{tone}} tone, in at most five sentences, and never promise refunds.',
          },
          { role: 'user', content: 'Customer {{customer_name}} asks: {{question}}' },
        ],
        variables: supportVariables,
        model: 'gpt-4o-mini',
        parameters: { temperature: 0.3, max_tokens: 400 },
        changelog: 'Tone variable; no refund promises.',
      },
      {
        messages: [
          {
            role: 'system',
            content:
              'You are a support agent for Acme. Answer in a {{tone}} tone, in at most five sentences, never promise refunds, and end with a link to https://help.acme.test.',
          },
          { role: 'user', content: 'Customer {{customer_name}} asks: {{question}}' },
        ],
        variables: supportVariables,
        model: 'claude-haiku-4-5',
        parameters: { temperature: 0.2, max_tokens: 400 },
        changelog: 'Try Claude Haiku; add help-centre link.',
      },
    ],
    labels: { production: 2, staging: 3 },
  },
  {
    slug: 'summarize-contract',
    name: 'Summarize contract',
    description: 'Summarises a contract and lists its risky clauses.',
    versions: [
      {
        messages: [
          { role: 'system', content: 'Summarise the contract for a lawyer.' },
          { role: 'user', content: '{{contract_text}}' },
        ],
        variables: { contract_text: str('Full contract text') },
        model: 'claude-sonnet-4',
        parameters: { temperature: 0 },
        changelog: 'First version.',
      },
      {
        messages: [
          {
            role: 'system',
            content:
              'Summarise the contract for a lawyer in {{language}}. Then list clauses on liability, termination and data transfer, quoting them.',
          },
          { role: 'user', content: '{{contract_text}}' },
        ],
        variables: {
          contract_text: str('Full contract text'),
          language: str('Output language, e.g. English'),
        },
        model: 'claude-sonnet-4',
        parameters: { temperature: 0, max_tokens: 1500 },
        changelog: 'Risky clauses listed with quotes.',
      },
    ],
    labels: { production: 1, staging: 2 },
  },
];
