import type { Feature } from './feature-list';

// Simple 24px stroke icons, one path set per feature kind.
const ICON_PATHS: Record<Feature['icon'], string[]> = {
  route: ['M4 6h6a4 4 0 0 1 4 4v8', 'M4 18h4', 'M14 14l3 3 3-3', 'M17 4v13'],
  key: ['M15 7a4 4 0 1 1-3.9 5H9l-2 2-2-2 2-2h4.1A4 4 0 0 1 15 7z'],
  shield: ['M12 3l7 3v6c0 4.5-3 7.5-7 9-4-1.5-7-4.5-7-9V6l7-3z', 'M9 12l2 2 4-4'],
  chart: ['M4 20V10', 'M10 20V4', 'M16 20v-7', 'M22 20H2'],
  prompt: ['M4 5h16v11H8l-4 4V5z', 'M8 9h8', 'M8 12h5'],
  server: ['M4 5h16v6H4z', 'M4 13h16v6H4z', 'M8 8h.01', 'M8 16h.01'],
};

export function FeatureIcon({ icon }: { icon: Feature['icon'] }) {
  return (
    <svg
      viewBox="0 0 24 24"
      className="h-6 w-6"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.75"
      aria-hidden="true"
    >
      {ICON_PATHS[icon].map((d) => (
        <path key={d} d={d} strokeLinecap="round" strokeLinejoin="round" />
      ))}
    </svg>
  );
}
