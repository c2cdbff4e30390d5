// The three things measured, each as the HTTP call a client would make for the same chat.

export type BenchTarget = {
  name: 'direct' | 'gatehouse' | 'portkey';
  label: string;
  origin: string;
  path: string;
  headers: Record<string, string>;
};

export type BenchUrls = { mock: string; gateway: string; portkey: string };

// A short, fixed chat: the mock's answer is deterministic for a prompt, so every target moves
// the same bytes.
export function chatBody(stream: boolean): string {
  return JSON.stringify({
    model: 'gpt-4o-mini',
    messages: [{ role: 'user', content: 'Say hello to the benchmark.' }],
    max_tokens: 32,
    stream,
    ...(stream ? { stream_options: { include_usage: true } } : {}),
  });
}

export function benchTargets(urls: BenchUrls, demoKey: string): BenchTarget[] {
  const json = { 'content-type': 'application/json' };
  return [
    {
      name: 'direct',
      label: 'mock provider, direct',
      origin: urls.mock,
      path: '/openai/v1/chat/completions',
      headers: { ...json, authorization: 'Bearer sk-bench-direct' },
    },
    {
      name: 'gatehouse',
      label: 'Gatehouse (auth, snapshot, ledger)',
      origin: urls.gateway,
      path: '/v1/chat/completions',
      headers: { ...json, authorization: `Bearer ${demoKey}` },
    },
    {
      name: 'portkey',
      label: 'Portkey gateway (OSS)',
      origin: urls.portkey,
      path: '/v1/chat/completions',
      headers: {
        ...json,
        authorization: 'Bearer sk-bench-portkey',
        'x-portkey-provider': 'openai',
        'x-portkey-custom-host': `${urls.mock}/openai/v1`,
      },
    },
  ];
}
