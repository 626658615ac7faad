/** Records the URL of every request a page makes, from the moment of the call. */
import type { Page } from 'playwright-core';

export function collectRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => urls.push(request.url()));
  return urls;
}

/** Requests to an origin other than `origin`; data: and blob: URLs never leave the page. */
export function foreignRequests(urls: readonly string[], origin: string): string[] {
  return urls.filter((url) => {
    const { protocol, origin: requestOrigin } = new URL(url);
    return protocol !== 'data:' && protocol !== 'blob:' && requestOrigin !== origin;
  });
}
