import { launchBrowser, newContext } from '../tests/browser/support/browser';
const base = process.env.BASE ?? 'http://127.0.0.1:8787';
const browser = await launchBrowser();
try {
  const context = await newContext(browser, base, { viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') console.log('PAGE', m.type(), m.text()); });
  await page.goto(`${base}/balie`);
  const input = page.locator('[role="combobox"]');
  await input.waitFor();
  await input.fill(process.env.Q ?? 'ik heb schulden en de deurwaarder komt');
  await page.keyboard.press('Enter');
  await page.waitForTimeout(1500);
  await page.screenshot({ path: '/tmp/balie.png', fullPage: true });
  const counts = await page.evaluate(() => { let n = 0; const walk = (r: any) => { for (const e of r.querySelectorAll('*')) { n++; if (e.shadowRoot) walk(e.shadowRoot); } }; walk(document); return n; });
  console.log('elements', counts);
  await context.close();
} finally { await browser.close(); }
