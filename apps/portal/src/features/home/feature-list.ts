export type Feature = {
  title: string;
  body: string;
  icon: 'route' | 'key' | 'shield' | 'chart' | 'prompt' | 'server';
};

/** What Gatehouse does, one entry per capability; the home page renders them in order. */
export const FEATURES: readonly Feature[] = [
  {
    icon: 'route',
    title: 'One endpoint, every model',
    body: 'OpenAI, Anthropic, Gemini, Azure, Mistral and any OpenAI-compatible server behind one API, with fallbacks, canaries and cost-aware routing.',
  },
  {
    icon: 'key',
    title: 'Keys, plans and limits',
    body: 'Publish AI and REST products with plans. Requests and tokens per minute, budgets and quotas per key, app and team.',
  },
  {
    icon: 'shield',
    title: 'Guardrails in the path',
    body: 'Redact or block PII and secrets, score prompt injection, and check streamed responses before they reach users.',
  },
  {
    icon: 'chart',
    title: 'Costs you can charge back',
    body: 'Every call priced from the model table. Usage by team, application and model, with budget alerts and CSV exports.',
  },
  {
    icon: 'prompt',
    title: 'Managed prompts',
    body: 'Versioned templates with labels and A/B splits, called by name so prompts change without a deploy.',
  },
  {
    icon: 'server',
    title: 'Yours to run',
    body: 'Open source and self-hosted, air-gap friendly, stateless gateways that scale out behind any load balancer.',
  },
];
