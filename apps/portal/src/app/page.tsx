import Link from 'next/link';
import { connection } from 'next/server';
import { FeatureIcon } from '../features/home/feature-icon';
import { FEATURES } from '../features/home/feature-list';
import { QuickstartSnippet } from '../features/home/quickstart-snippet';
import { portalEnv } from '../server/portal-env';

export default async function HomePage() {
  // Render per request so the gateway URL comes from the running env, not the build machine.
  await connection();
  const { GATEWAY_PUBLIC_URL } = portalEnv();
  return (
    <>
      <section className="relative overflow-hidden bg-gradient-to-b from-indigo-50 via-white to-white">
        <div className="mx-auto grid max-w-6xl items-center gap-12 px-4 pb-12 pt-14 sm:px-6 sm:pb-16 sm:pt-20 lg:grid-cols-2">
          <div className="min-w-0">
            <p className="inline-flex rounded-full bg-indigo-100 px-3 py-1 text-xs font-semibold text-indigo-700">
              Open-source AI gateway
            </p>
            <h1 className="mt-5 text-5xl font-bold tracking-tight text-slate-900 sm:text-6xl">
              Gatehouse
            </h1>
            <p className="mt-5 max-w-xl text-lg leading-relaxed text-slate-600 sm:text-xl">
              One gateway for every LLM provider and every internal API — with keys, rate limits,
              guardrails and cost tracking built in.
            </p>
            <div className="mt-8 flex flex-wrap gap-3">
              <Link
                href="/sign-up"
                className="rounded-lg bg-indigo-600 px-5 py-3 text-sm font-semibold text-white shadow-sm hover:bg-indigo-500"
              >
                Get started
              </Link>
              <Link
                href="/catalog"
                className="rounded-lg border border-slate-300 bg-white px-5 py-3 text-sm font-semibold text-slate-800 hover:bg-slate-50"
              >
                Browse the API catalog
              </Link>
            </div>
            <p className="mt-6 text-sm text-slate-500">
              Gateway endpoint:{' '}
              <code className="rounded bg-slate-100 px-1.5 py-0.5 font-mono text-slate-700">
                {GATEWAY_PUBLIC_URL}
              </code>
            </p>
          </div>
          {/* min-w-0: let the code block scroll inside its column instead of widening the page. */}
          <div className="min-w-0">
            <QuickstartSnippet gatewayUrl={GATEWAY_PUBLIC_URL} />
          </div>
        </div>
      </section>

      <section
        aria-labelledby="features-heading"
        className="mx-auto max-w-6xl px-4 py-12 sm:px-6 sm:py-16"
      >
        <h2 id="features-heading" className="text-3xl font-bold tracking-tight">
          Everything between your apps and the models
        </h2>
        <p className="mt-3 max-w-2xl text-slate-600">
          Developers get keys, docs and a playground; admins set the rules; finance sees where the
          money goes.
        </p>
        <ul className="mt-10 grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
          {FEATURES.map((feature) => (
            <li key={feature.title} className="rounded-xl border border-slate-200 p-6 shadow-sm">
              <span className="inline-flex rounded-lg bg-indigo-50 p-2 text-indigo-600">
                <FeatureIcon icon={feature.icon} />
              </span>
              <h3 className="mt-4 font-semibold text-slate-900">{feature.title}</h3>
              <p className="mt-2 text-sm leading-relaxed text-slate-600">{feature.body}</p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="docs-heading" className="border-t border-slate-200 bg-slate-50">
        <div className="mx-auto max-w-6xl px-4 py-16 sm:px-6">
          <h2 id="docs-heading" className="text-2xl font-bold tracking-tight">
            Read the docs
          </h2>
          <div className="mt-8 grid gap-6 sm:grid-cols-2">
            <DocCard href="/docs/gateway" title="Gateway docs">
              Call any model through the OpenAI- and Anthropic-compatible API, stream responses and
              read rate-limit headers.
            </DocCard>
            <DocCard href="/docs/admin-api" title="Admin API docs">
              Manage providers, models, products, plans, keys and budgets programmatically.
            </DocCard>
          </div>
        </div>
      </section>
    </>
  );
}

function DocCard({ href, title, children }: { href: string; title: string; children: string }) {
  return (
    <Link
      href={href}
      className="group block rounded-xl border border-slate-200 bg-white p-6 shadow-sm transition hover:border-indigo-300 hover:shadow-md"
    >
      <span className="font-semibold text-slate-900 group-hover:text-indigo-700">
        {title} <span aria-hidden="true">→</span>
      </span>
      <p className="mt-2 text-sm leading-relaxed text-slate-600">{children}</p>
    </Link>
  );
}
