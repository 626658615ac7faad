/**
 * Checks that walk the whole page, including the widget's open shadow root, inside the browser.
 */
import type { Page } from 'playwright-core';

/** Every transition, animation or smooth scrolling that would move something on the page. */
export function findMotion(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const seconds = (value: string) =>
      Math.max(...value.split(',').map((part) => parseFloat(part) * (part.trim().endsWith('ms') ? 0.001 : 1)));
    const visit = (root: Document | ShadowRoot) => {
      for (const element of root.querySelectorAll('*')) {
        for (const pseudo of [null, '::before', '::after']) {
          const style = getComputedStyle(element, pseudo);
          const where = `${element.tagName.toLowerCase()}.${String(element.className).trim().replace(/\s+/g, '.')}${pseudo ?? ''}`;
          if (style.transitionProperty !== 'none' && seconds(style.transitionDuration) > 0) {
            found.push(`${where}: transition ${style.transitionProperty} ${style.transitionDuration}`);
          }
          if (style.animationName !== 'none' && seconds(style.animationDuration) > 0) {
            found.push(`${where}: animation ${style.animationName}`);
          }
          if (pseudo === null && style.scrollBehavior === 'smooth') found.push(`${where}: smooth scrolling`);
        }
        if (element.shadowRoot) visit(element.shadowRoot);
      }
    };
    visit(document);
    return found;
  });
}

/** The live regions inside the widget: role log, status or alert, or an aria-live attribute. */
export function widgetLiveRegions(page: Page): Promise<string[]> {
  return page
    .locator('loket-wijzer')
    .first()
    .evaluate((widget) =>
      [...(widget.shadowRoot?.querySelectorAll('[role="log"], [role="status"], [role="alert"], [aria-live]') ?? [])].map(
        (region) =>
          `${region.tagName.toLowerCase()} role=${region.getAttribute('role') ?? ''} aria-live=${region.getAttribute('aria-live') ?? ''}`,
      ),
    );
}

/**
 * Presses Tab through the page and returns the focused elements that show no focus indicator
 * (no outline and no box-shadow), described for the failure message.
 */
export async function focusWithoutIndicator(page: Page, tabs: number): Promise<string[]> {
  const missing = new Set<string>();
  for (let i = 0; i < tabs; i++) {
    await page.keyboard.press('Tab');
    const problem = await page.evaluate(() => {
      let active: Element | null = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      if (!active || active === document.body) return null;
      const style = getComputedStyle(active);
      const outlined = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 1;
      if (outlined || style.boxShadow !== 'none') return null;
      const name = active.getAttribute('aria-label') ?? active.textContent?.trim().replace(/\s+/g, ' ').slice(0, 40) ?? '';
      return `${active.tagName.toLowerCase()}${active.id ? `#${active.id}` : ''} "${name}"`;
    });
    if (problem) missing.add(problem);
  }
  return [...missing];
}
