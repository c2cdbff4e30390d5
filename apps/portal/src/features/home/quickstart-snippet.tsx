/** The smallest working call: the OpenAI SDK pointed at Gatehouse by base URL only. */
export function QuickstartSnippet({ gatewayUrl }: { gatewayUrl: string }) {
  const baseUrl = `${gatewayUrl.replace(/\/+$/, '')}/v1`;
  const code = [
    "import OpenAI from 'openai';",
    '',
    'const client = new OpenAI({',
    `  baseURL: '${baseUrl}',`,
    '  apiKey: process.env.GATEHOUSE_API_KEY,',
    '});',
    '',
    'const reply = await client.chat.completions.create({',
    "  model: 'gpt-4o-mini',",
    "  messages: [{ role: 'user', content: 'Hello!' }],",
    '});',
  ].join('\n');
  return (
    <figure className="overflow-hidden rounded-xl bg-slate-950 shadow-2xl ring-1 ring-slate-900/10">
      <figcaption className="flex items-center gap-2 border-b border-white/10 px-4 py-3 text-xs font-medium text-slate-400">
        <span className="flex gap-1.5" aria-hidden="true">
          <span className="h-2.5 w-2.5 rounded-full bg-slate-700" />
          <span className="h-2.5 w-2.5 rounded-full bg-slate-700" />
          <span className="h-2.5 w-2.5 rounded-full bg-slate-700" />
        </span>
        <span className="ml-2">quickstart.ts</span>
      </figcaption>
      <pre className="overflow-x-auto p-5 text-[13px] leading-6 text-slate-100">
        <code className="font-mono">{code}</code>
      </pre>
    </figure>
  );
}
