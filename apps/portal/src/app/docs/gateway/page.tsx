import type { Metadata } from 'next';
import { connection } from 'next/server';
import { QuickstartSnippet } from '../../../features/home/quickstart-snippet';
import { portalEnv } from '../../../server/portal-env';

export const metadata: Metadata = { title: 'Gateway docs' };

// `live`: the gateway serves it today; `next`: part of the documented contract, being built.
const ENDPOINTS = [
  {
    method: 'POST',
    path: '/v1/chat/completions',
    what: 'OpenAI Chat Completions, streaming with stream: true',
    live: false,
  },
  {
    method: 'POST',
    path: '/v1/messages',
    what: 'Anthropic Messages format, any provider behind it',
    live: false,
  },
  { method: 'POST', path: '/v1/embeddings', what: 'Embeddings', live: false },
  { method: 'GET', path: '/v1/models', what: 'Models your key may use', live: false },
  { method: 'GET', path: '/healthz', what: 'Liveness', live: true },
  { method: 'GET', path: '/readyz', what: 'Readiness, with the state of Redis', live: true },
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
        Endpoints marked <em>Coming next</em> are the gateway&apos;s documented contract and are
        being built; until they land, the gateway answers its health checks only.
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
                <td className="px-4 py-2 text-slate-600">
                  {endpoint.what}
                  {endpoint.live ? null : (
                    <span className="ml-2 inline-block whitespace-nowrap rounded bg-amber-100 px-1.5 py-0.5 text-xs font-medium text-amber-900">
                      Coming next
                    </span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="mt-6 text-sm text-slate-500">
        Errors follow OpenAI&apos;s shape,{' '}
        <code className="font-mono">{'{"error":{"message","type","code","param"}}'}</code>, and
        every response carries an <code className="font-mono">x-request-id</code> header to quote in
        support requests.
      </p>
    </article>
  );
}
