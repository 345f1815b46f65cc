/**
 * Shared set-up for the browser tests: one headless Chromium (Debian's, driven by playwright-core),
 * a fresh context per test, every console error and every request that leaves localhost recorded.
 * BASE_URL is the preview server started by tests/e2e/run.mjs.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const BASE_URL = process.env.BASE_URL ?? 'http://127.0.0.1:4173/';
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

let browserPromise: Promise<Browser> | undefined;

export function launchBrowser(): Promise<Browser> {
  // playwright gives every launch its own temporary profile (it refuses --user-data-dir here).
  browserPromise ??= chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      '--enable-unsafe-swiftshader',
    ],
  });
  return browserPromise;
}

export async function closeBrowser(): Promise<void> {
  if (browserPromise) await (await browserPromise).close();
  browserPromise = undefined;
}

export interface Session {
  context: BrowserContext;
  page: Page;
  /** Console errors and uncaught page errors seen so far. */
  errors: string[];
  /** Requests to any host other than the local server. */
  external: string[];
  /** Every request the context made (pages and their workers), from the first. */
  requests: string[];
  close(): Promise<void>;
}

/** Opens a page at `hash` (e.g. `#/lesson/conv-walk?step=3`) in a fresh context. */
export async function openPage(
  hash = '#/',
  opts: { serviceWorkers?: 'allow' | 'block'; viewport?: { width: number; height: number }; /** runs in every page before its own scripts */ init?: string } = {},
): Promise<Session> {
  const browser = await launchBrowser();
  const context = await browser.newContext({
    serviceWorkers: opts.serviceWorkers ?? 'block',
    viewport: opts.viewport ?? { width: 1280, height: 900 },
    locale: 'en-US',
  });
  if (opts.init) await context.addInitScript(opts.init);
  const page = await context.newPage();
  const errors: string[] = [];
  const external: string[] = [];
  const requests: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(String(err)));
  await context.route('**/*', (route) => {
    requests.push(route.request().url());
    const url = new URL(route.request().url());
    if (url.protocol === 'data:' || url.protocol === 'blob:' || url.hostname === '127.0.0.1' || url.hostname === 'localhost') {
      return route.continue();
    }
    external.push(route.request().url());
    return route.abort();
  });
  await page.goto(new URL(hash, BASE_URL).toString());
  return { context, page, errors, external, requests, close: () => context.close() };
}

/** Reads `data-value` of every cell of a grid (`data-testid="grid-<role>"`) into rows. */
export async function readGrid(page: Page, role: string): Promise<number[][]> {
  return page.locator(`[data-testid="grid-${role}"]`).first().evaluate((root) => {
    const rows: number[][] = [];
    for (const cell of Array.from(root.querySelectorAll('[data-row][data-col][data-value]'))) {
      const r = Number(cell.getAttribute('data-row'));
      const c = Number(cell.getAttribute('data-col'));
      (rows[r] ??= [])[c] = Number(cell.getAttribute('data-value'));
    }
    return rows;
  });
}
