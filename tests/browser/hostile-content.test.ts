/**
 * Hostile admin content (issue 6): markup and `javascript:` in every text a tenant's admin can
 * write is shown as text in the widget (desk and resident mode) and in the admin app, and never
 * runs. A `javascript:` website is refused by the schema. The published version is restored
 * afterwards, so the other browser files see Voorbeeldstad as before.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Content } from '../../core/content/schema';
import { nl } from '../../admin/i18n/nl';
import { adminApi, logIn, putDraftBack, snapshotDraft } from './admin-helpers';
import { useBrowser } from './support/suite';
import { askWithKeyboard, messages, openResidentWidget, questionField } from './support/widget';

declare global {
  interface Window {
    __xss?: number;
  }
}

const suite = useBrowser();
const t = messages.nl;

const SCRIPT = '<script>window.__xss=1</script>';
const IMG = '<img src=x onerror="window.__xss=1">';
const JS_URL = 'javascript:window.__xss=1';
const ALL = `${SCRIPT} ${IMG} ${JS_URL}`;

const TOPIC_ID = 'schulden';
const COUNTER_ID = 'sociaal-loket';
const QUESTION = 'ik heb schulden';
const COUNTER_NAME = `Sociaal Loket ${IMG}`;
const TOPIC_TITLE = `Geldzorgen ${SCRIPT}`;
/** Valid for the schema (https), with markup in its query. */
const WEBSITE = `https://www.voorbeeldstad.example/?a="><img src=x onerror="window.__xss=1">`;

function hostile(content: Content): Content {
  const copy = structuredClone(content);
  const topic = copy.topics.find((item) => item.id === TOPIC_ID);
  const counter = copy.counters.find((item) => item.id === COUNTER_ID);
  const location = copy.locations.find((item) => item.id === counter?.locationIds[0]);
  if (!topic || !counter || !location) throw new Error('Voorbeeldstad has no schulden topic, Sociaal Loket or its location');
  topic.title = { nl: TOPIC_TITLE, en: `Debts ${SCRIPT}` };
  topic.keywords = [...topic.keywords, IMG, JS_URL, SCRIPT];
  counter.name = COUNTER_NAME;
  counter.summary = `${counter.summary} ${ALL}`;
  counter.handover = `${counter.handover ?? ''} ${ALL}`;
  counter.bring = [...counter.bring, ALL];
  counter.website = WEBSITE;
  location.name = `Stadskantoor ${SCRIPT}`;
  return copy;
}

async function draft(baseUrl: string): Promise<{ etag: string; content: Content }> {
  const response = await adminApi(baseUrl, 'GET', '/draft');
  return { etag: response.headers.get('ETag') ?? '', content: (await response.json()) as Content };
}

/**
 * Elements that injected markup would have made, in the document and every open shadow root:
 * a script or img element, or any element with an inline event handler or a javascript: link.
 */
function injectedElements(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const visit = (root: Document | ShadowRoot) => {
      for (const element of root.querySelectorAll('*')) {
        const tag = element.tagName.toLowerCase();
        const source = element.outerHTML.slice(0, 120);
        if (tag === 'script' && (element.textContent ?? '').includes('__xss')) found.push(source);
        if (tag === 'img' && element.getAttribute('src') === 'x') found.push(source);
        for (const attribute of element.getAttributeNames()) {
          const value = element.getAttribute(attribute) ?? '';
          if (attribute.startsWith('on') || (/^(href|src|action|formaction)$/.test(attribute) && /^\s*javascript:/i.test(value))) {
            found.push(`${tag} ${attribute}="${value.slice(0, 60)}"`);
          }
        }
        if (element.shadowRoot) visit(element.shadowRoot);
      }
    };
    visit(document);
    return found;
  });
}

/** The widget's text as a person reads it, shadow root included. */
function widgetText(page: Page): Promise<string> {
  return page
    .locator('loket-wijzer')
    .first()
    .evaluate((widget) => {
      const texts: string[] = [];
      const visit = (root: ShadowRoot | Element) => {
        for (const node of root.querySelectorAll('*')) {
          for (const child of node.childNodes) if (child.nodeType === Node.TEXT_NODE) texts.push(child.textContent ?? '');
          if (node.shadowRoot) visit(node.shadowRoot);
        }
      };
      if (widget.shadowRoot) visit(widget.shadowRoot);
      return texts.join(' ').replace(/\s+/g, ' ');
    });
}

async function expectNothingRan(page: Page): Promise<void> {
  expect(await page.evaluate(() => window.__xss)).toBeUndefined();
  expect(await injectedElements(page)).toEqual([]);
}

describe('hostile admin content', () => {
  let draftBefore: unknown;
  let publishedBefore = 0;

  beforeAll(async () => {
    draftBefore = await snapshotDraft(suite.baseUrl);
    const response = await adminApi(suite.baseUrl, 'GET', '/versions');
    const { versions } = (await response.json()) as { versions: { version: number }[] };
    publishedBefore = versions[0]?.version ?? 1;

    const { etag, content } = await draft(suite.baseUrl);
    const saved = await adminApi(suite.baseUrl, 'PUT', '/draft', { json: hostile(content), ifMatch: etag });
    expect(saved.status, await saved.clone().text()).toBe(200);
    const published = await adminApi(suite.baseUrl, 'POST', '/versions', { json: { note: 'Vijandige inhoud (browsertest)' } });
    expect(published.status, await published.clone().text()).toBe(201);
  });

  afterAll(async () => {
    // Other browser files run after this one on the same server: put back what they expect.
    try {
      await adminApi(suite.baseUrl, 'POST', `/versions/${publishedBefore}/restore`, {
        json: { note: 'Teruggezet na de test met vijandige inhoud' },
      });
    } finally {
      await putDraftBack(suite.baseUrl, draftBefore);
    }
    const bundle = (await (await fetch(`${suite.baseUrl}/api/v1/tenants/voorbeeldstad/bundle`)).json()) as { content: Content };
    expect(bundle.content.counters.find((counter) => counter.id === COUNTER_ID)?.name).toBe('Sociaal Loket');
  });

  it('refuses a javascript: website with 422 invalid_content', async () => {
    const { etag, content } = await draft(suite.baseUrl);
    const index = content.counters.findIndex((counter) => counter.id === COUNTER_ID);
    const counters = content.counters.map((counter, at) => (at === index ? { ...counter, website: JS_URL } : counter));
    const response = await adminApi(suite.baseUrl, 'PUT', '/draft', { json: { ...content, counters }, ifMatch: etag });
    expect(response.status).toBe(422);
    const body = (await response.json()) as { error: { code: string; issues: { path: string }[] } };
    expect(body.error.code).toBe('invalid_content');
    expect(body.error.issues.map((issue) => issue.path)).toContain(`counters.${index}.website`);
    expect((await draft(suite.baseUrl)).etag).toBe(etag);
  });

  it('shows the markup as text in desk mode on /balie, and runs none of it', async () => {
    const page = await suite.newPage();
    await page.goto('/balie');
    const field = questionField(page, t, 'desk');
    await field.waitFor();

    // The suggestions while typing show the topic title.
    await field.fill('schulden');
    await page.getByRole('option', { name: TOPIC_TITLE }).first().waitFor();
    await expectNothingRan(page);
    await field.fill('');

    await askWithKeyboard(page, field, QUESTION);
    const card = page.getByRole('article', { name: COUNTER_NAME });
    await card.waitFor();
    const text = await widgetText(page);
    for (const literal of [COUNTER_NAME, SCRIPT, IMG, JS_URL, `Stadskantoor ${SCRIPT}`]) expect(text).toContain(literal);
    const website = card.getByRole('link', { name: /^www\.voorbeeldstad\.example/ });
    expect(await website.getAttribute('href')).toMatch(/^https:\/\/www\.voorbeeldstad\.example\//);
    await expectNothingRan(page);
  });

  it('shows the markup as text in resident mode on /, and runs none of it', async () => {
    const page = await suite.newPage();
    await page.goto('/');
    const field = await openResidentWidget(page);
    await askWithKeyboard(page, field, QUESTION);
    await page.getByText(COUNTER_NAME, { exact: false }).first().waitFor();
    const text = await widgetText(page);
    expect(text).toContain(COUNTER_NAME);
    expect(text).toContain(SCRIPT);
    await expectNothingRan(page);
  });

  it('shows the markup as text in the admin app, and runs none of it', async () => {
    const page = await suite.newPage();
    await logIn(page);
    await page.getByRole('searchbox', { name: nl.topicsSearch, exact: true }).fill('Geldzorgen');
    await page.getByText(TOPIC_TITLE).first().waitFor();
    await expectNothingRan(page);

    await page.evaluate((id) => (location.hash = `#/loketten/${id}`), COUNTER_ID);
    await page.getByText(COUNTER_NAME).first().waitFor();
    expect(await page.getByRole('textbox').evaluateAll((fields) => fields.map((field) => (field as HTMLInputElement).value))).toContain(
      COUNTER_NAME,
    );
    await expectNothingRan(page);
  });
});
