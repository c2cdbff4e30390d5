import type { NextConfig } from 'next';

const config: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Workspace packages ship ESM built to dist; let Next compile them with the app.
  transpilePackages: ['@gatehouse/shared'],
};

export default config;
