/**
 * The Chromium that the npm package @sparticuz/chromium ships, driven by playwright-core, so that
 * `npm install` alone brings the browser: no system package, never a browser downloaded at run time.
 * LOKETWIJZER_CHROMIUM may point at another Chromium (for instance /usr/bin/chromium).
 * playwright-core gives every launch a fresh temporary profile (its own --user-data-dir).
 *
 * The package is pinned at 143.0.4 (Chromium 143), the newest whose engines field allows Node 20:
 * 153 asks for Node ^22.17 and made `npm install` warn (EBADENGINE). It unpacks into
 * $TMPDIR/chromium and reuses whatever Chromium it finds there, whichever version unpacked it.
 */
import sparticuzChromium from '@sparticuz/chromium';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions } from 'playwright-core';

/**
 * Our own flags, not the package's: its list is made for serverless functions and turns off web
 * security (CORS, mixed content) and adds --single-process, which breaks new pages. The tests need
 * the browser to enforce the same rules a resident's browser does.
 */
const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--no-zygote',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Unpacks the packaged browser once (into the system's temporary folder) and answers its path. */
export async function chromiumPath(): Promise<string> {
  const chosen = process.env.LOKETWIJZER_CHROMIUM;
  return chosen && chosen.length > 0 ? chosen : sparticuzChromium.executablePath();
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: await chromiumPath(), headless: true, args: CHROMIUM_FLAGS });
}

/** A fresh context (no cookies, no cache, no storage) that resolves relative URLs against the server. */
export function newContext(browser: Browser, baseURL: string, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  return browser.newContext({ baseURL, locale: 'nl-NL', timezoneId: 'Europe/Amsterdam', ...options });
}
