import Link from 'next/link';
import type { ReactNode } from 'react';

/** A page whose feature lands in a later release; says so plainly and offers a way back. */
export function ComingSoon({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="mx-auto max-w-2xl px-4 py-20 sm:px-6">
      <p className="text-sm font-semibold uppercase tracking-wide text-indigo-600">Coming soon</p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight sm:text-4xl">{title}</h1>
      <div className="mt-4 text-lg leading-relaxed text-slate-600">{children}</div>
      <Link
        href="/"
        className="mt-8 inline-flex rounded-md border border-slate-300 px-4 py-2 text-sm font-medium hover:bg-slate-50"
      >
        ← Back to home
      </Link>
    </section>
  );
}
