import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const SCREENSHOTS = join(
  dirname(fileURLToPath(import.meta.url)),
  '../../../test-artifacts/screenshots',
);
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
];

function portalUrl(path = '/'): string {
  const base = process.env.E2E_PORTAL_URL;
  if (!base)
    throw new Error('E2E_PORTAL_URL is not set (the e2e globalSetup starts the stack and sets it)');
  return new URL(path, base).toString();
}

describe('portal home page', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await mkdir(SCREENSHOTS, { recursive: true });
  });
  afterAll(async () => browser?.close());

  it('shows the product name and what it is', async () => {
    const response = await page.goto(portalUrl('/'));
    expect(response?.status()).toBe(200);
    expect(await page.title()).toBe('Gatehouse');
    const heading = page.getByRole('heading', { level: 1 });
    expect(await heading.textContent()).toBe('Gatehouse');
    expect(
      await page.getByText('One gateway for every LLM provider and every internal API').isVisible(),
    ).toBe(true);
    await page.screenshot({ path: join(SCREENSHOTS, 'home.png'), fullPage: true });
  });

  it('offers sign in, sign up, the catalog and both docs', async () => {
    const nav = page.getByRole('navigation', { name: 'Main' });
    expect(await nav.getByRole('link', { name: 'Sign in' }).getAttribute('href')).toBe('/sign-in');
    expect(await nav.getByRole('link', { name: 'Sign up' }).getAttribute('href')).toBe('/sign-up');
    expect(await nav.getByRole('link', { name: 'API catalog' }).getAttribute('href')).toBe(
      '/catalog',
    );
    const footer = page.getByRole('navigation', { name: 'Footer' });
    expect(await footer.getByRole('link', { name: 'Gateway docs' }).getAttribute('href')).toBe(
      '/docs/gateway',
    );
    expect(await footer.getByRole('link', { name: 'Admin API docs' }).getAttribute('href')).toBe(
      '/docs/admin-api',
    );
  });

  it('shows the gateway URL from the running env in the quickstart', async () => {
    const snippet = await page.locator('figure pre').textContent();
    expect(snippet).toMatch(/baseURL: 'https?:\/\/[^']+\/v1'/);
  });

  it('leads from Sign up to a page that says it is coming', async () => {
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Sign up' })
      .click();
    await page.waitForURL('**/sign-up');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Sign up');
    expect(await page.getByText('Coming soon').isVisible()).toBe(true);
  });

  it('fits a phone screen without sideways scrolling', async () => {
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await phone.goto(portalUrl('/'));
    const overflow = await phone.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await phone.getByRole('link', { name: 'Sign up' }).first().isVisible()).toBe(true);
    await phone.screenshot({ path: join(SCREENSHOTS, 'home-mobile.png'), fullPage: true });
    await phone.close();
  });

  it('documents the gateway endpoints', async () => {
    await page.goto(portalUrl('/docs/gateway'));
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Gateway docs');
    expect(await page.getByRole('cell', { name: '/v1/chat/completions' }).isVisible()).toBe(true);
    for (const path of ['/v1/messages', '/v1/embeddings', '/v1/models', '/metrics']) {
      expect(await page.getByRole('cell', { name: path, exact: true }).isVisible(), path).toBe(
        true,
      );
    }
    // Every endpoint listed is served: the page no longer marks any as coming.
    expect(await page.getByText('Coming next').count()).toBe(0);
    await page.screenshot({ path: join(SCREENSHOTS, 'gateway-docs.png'), fullPage: true });
  });

  it('answers the health route', async () => {
    const response = await page.request.get(portalUrl('/api/health'));
    expect(response.status()).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });
});
