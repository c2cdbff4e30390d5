/** The Gatehouse mark: an arch over a path. Decorative; the wordmark beside it carries the name. */
export function LogoMark({ className = 'h-8 w-8' }: { className?: string }) {
  return (
    <svg viewBox="0 0 32 32" className={className} aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="8" className="fill-indigo-600" />
      <path
        d="M9 24V14a7 7 0 0 1 14 0v10"
        fill="none"
        stroke="white"
        strokeWidth="2.5"
        strokeLinecap="round"
      />
      <path d="M13 24v-6h6v6" fill="none" stroke="white" strokeWidth="2.5" strokeLinejoin="round" />
    </svg>
  );
}
