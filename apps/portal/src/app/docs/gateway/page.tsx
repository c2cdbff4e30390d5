import type { Metadata } from 'next';
import { connection } from 'next/server';
import { QuickstartSnippet } from '../../../features/home/quickstart-snippet';
import { portalEnv } from '../../../server/portal-env';

export const metadata: Metadata = { title: 'Gateway docs' };

// Everything the gateway serves (DESIGN.md "Wire contracts").
const ENDPOINTS = [
  {
    method: 'POST',
    path: '/v1/chat/completions',
    what: 'OpenAI Chat Completions: streaming (stream: true), tools, response_format, usage',
  },
  {
    method: 'POST',
    path: '/v1/messages',
    what: 'Anthropic Messages format, streaming included, any provider behind it',
  },
  { method: 'POST', path: '/v1/embeddings', what: 'Embeddings' },
  { method: 'GET', path: '/v1/models', what: 'Models your key may use' },
  {
    method: 'POST',
    path: '/v1/prompts/{slug}/completions',
    what: 'Run a managed prompt: { variables, label?, version?, stream?, model? }',
  },
  {
    method: 'ANY',
    path: '/apis/{product}/{path}',
    what: 'REST and GraphQL API products, with the same key and usage ledger',
  },
  { method: 'GET', path: '/healthz', what: 'Liveness' },
  { method: 'GET', path: '/readyz', what: 'Readiness: policy snapshot loaded, Redis state' },
  { method: 'GET', path: '/metrics', what: 'Prometheus: requests, tokens, cost, latency, TTFT' },
] as const;

export default async function GatewayDocsPage() {
  await connection();
  const { GATEWAY_PUBLIC_URL } = portalEnv();
  return (
    <article className="mx-auto max-w-3xl px-4 py-16 sm:px-6">
      <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">Gateway docs</h1>
      <p className="mt-4 text-lg leading-relaxed text-slate-600">
        Point any OpenAI or Anthropic SDK at{' '}
        <code className="font-mono text-slate-800">{GATEWAY_PUBLIC_URL}</code> and authenticate with
        your Gatehouse key. Nothing else in your code changes.
      </p>
      <div className="mt-8">
        <QuickstartSnippet gatewayUrl={GATEWAY_PUBLIC_URL} />
      </div>
      <h2 className="mt-12 text-xl font-semibold">Endpoints</h2>
      <p className="mt-2 text-sm text-slate-600">
        Send your key as <code className="font-mono">Authorization: Bearer</code>,{' '}
        <code className="font-mono">x-api-key</code> or <code className="font-mono">api-key</code>;
        an OIDC token from an issuer your organization trusts works as a bearer too. Model names are
        public names, aliases such as <code className="font-mono">fast</code>, or{' '}
        <code className="font-mono">provider/model</code>.
      </p>
      <div className="mt-4 overflow-x-auto rounded-lg border border-slate-200">
        <table className="w-full text-left text-sm">
          <thead className="bg-slate-50 text-slate-600">
            <tr>
              <th scope="col" className="px-4 py-2 font-medium">
                Method
              </th>
              <th scope="col" className="px-4 py-2 font-medium">
                Path
              </th>
              <th scope="col" className="px-4 py-2 font-medium">
                What
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200">
            {ENDPOINTS.map((endpoint) => (
              <tr key={endpoint.path}>
                <td className="px-4 py-2 font-mono text-xs">{endpoint.method}</td>
                <td className="px-4 py-2 font-mono text-xs">{endpoint.path}</td>
                <td className="px-4 py-2 text-slate-600">{endpoint.what}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="mt-6 text-sm text-slate-500">
        Errors follow OpenAI&apos;s shape,{' '}
        <code className="font-mono">{'{"error":{"message","type","code","param"}}'}</code>{' '}
        <span>(Anthropic&apos;s on</span> <code className="font-mono">/v1/messages</code>), and
        every response carries an <code className="font-mono">x-request-id</code> header to quote in
        support requests; <code className="font-mono">x-gatehouse-provider</code> and{' '}
        <code className="font-mono">x-gatehouse-model</code> say who answered.
      </p>
    </article>
  );
}
