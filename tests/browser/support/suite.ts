/**
 * Hooks for one browser test file: one Chromium for the file, a fresh context per page, and a
 * check after every test that the page threw nothing and broke no Content-Security-Policy rule.
 */
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';
import { launchBrowser, newContext } from './browser';
import { fixClock } from './widget';

export interface BrowserSuite {
  /** Origin of the worker under test. */
  readonly baseUrl: string;
  /** A page in a fresh context (no cookies, no storage), with the clock fixed to a Tuesday afternoon. */
  newPage: (options?: BrowserContextOptions) => Promise<Page>;
}

export function useBrowser(): BrowserSuite {
  const baseUrl = inject('baseUrl');
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  const problems: string[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
    const found = problems.splice(0);
    expect(found, 'errors in the page').toEqual([]);
  });

  return {
    baseUrl,
    async newPage(options = {}) {
      if (!browser) throw new Error('useBrowser(): the browser is not running; call newPage() inside a test.');
      const context = await newContext(browser, baseUrl, options);
      contexts.push(context);
      const page = await context.newPage();
      page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error' && /Content[- ]Security[- ]Policy/i.test(message.text())) {
          problems.push(`CSP: ${message.text()}`);
        }
      });
      await fixClock(page);
      return page;
    },
  };
}
