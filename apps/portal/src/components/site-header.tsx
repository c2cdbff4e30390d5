import Link from 'next/link';
import { LogoMark } from './logo-mark';

const NAV_LINKS = [
  { href: '/catalog', label: 'API catalog' },
  { href: '/docs/gateway', label: 'Docs' },
] as const;

export function SiteHeader() {
  return (
    <header className="sticky top-0 z-40 border-b border-slate-200/80 bg-white/85 backdrop-blur">
      <div className="mx-auto flex h-16 max-w-6xl items-center justify-between gap-4 px-4 sm:px-6">
        <Link
          href="/"
          className="flex items-center gap-2.5 rounded-md text-lg font-semibold tracking-tight"
        >
          <LogoMark />
          <span>Gatehouse</span>
        </Link>
        <nav aria-label="Main" className="flex items-center gap-1 text-sm font-medium sm:gap-2">
          {NAV_LINKS.map((link) => (
            <Link
              key={link.href}
              href={link.href}
              className="hidden rounded-md px-3 py-2 text-slate-600 hover:bg-slate-100 hover:text-slate-900 sm:inline-block"
            >
              {link.label}
            </Link>
          ))}
          <Link
            href="/sign-in"
            className="rounded-md px-3 py-2 text-slate-700 hover:bg-slate-100 hover:text-slate-900"
          >
            Sign in
          </Link>
          <Link
            href="/sign-up"
            className="rounded-md bg-indigo-600 px-3.5 py-2 text-white shadow-sm hover:bg-indigo-500"
          >
            Sign up
          </Link>
        </nav>
      </div>
    </header>
  );
}
