/**
 * Hooks for one browser test file: one Chromium for the file, a fresh context per page, and a
 * check after every test that the page threw nothing and broke no Content-Security-Policy rule.
 * All files share one worker and its database, so every file must leave the published table as it
 * found it: the public answers to a few questions are compared before and after the file, which
 * names the file that changed them instead of failing the files that happen to run after it.
 */
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';
import { launchBrowser, newContext } from './browser';
import { publicCounter } from './public-counter';
import { fixClock } from './widget';

export interface BrowserSuite {
  /** Origin of the worker under test. */
  readonly baseUrl: string;
  /** A page in a fresh context (no cookies, no storage), with the clock fixed to a Tuesday afternoon. */
  newPage: (options?: BrowserContextOptions) => Promise<Page>;
}

/** Questions whose public answer every test file must leave as it found it. */
const WATCHED_QUESTIONS = ['ik heb schulden', 'ik wil mijn uitkering stoppen', 'mijn paspoort is verlopen'];

function publicAnswers(baseUrl: string): Promise<(string | null)[]> {
  return Promise.all(WATCHED_QUESTIONS.map((question) => publicCounter(baseUrl, question)));
}

export function useBrowser(): BrowserSuite {
  const baseUrl = inject('baseUrl');
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  const problems: string[] = [];

  let answersBefore: (string | null)[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
    answersBefore = await publicAnswers(baseUrl);
  });
  afterAll(async () => {
    await browser?.close();
    expect(await publicAnswers(baseUrl), 'the published table after this file').toEqual(answersBefore);
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
