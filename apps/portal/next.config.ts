import type { NextConfig } from 'next';

// No telemetry from any entry point (npm scripts set it too; this covers a bare `next start`).
process.env.NEXT_TELEMETRY_DISABLED ??= '1';

const config: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Workspace packages ship ESM built to dist; let Next compile them with the app.
  transpilePackages: ['@gatehouse/shared'],
};

export default config;
