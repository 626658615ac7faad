/**
 * NL Design System themes on a host page (issue 13): with the reference theme (npm
 * @nl-design-system-unstable/voorbeeld-design-tokens: `--basis-*` and the `--nl-*` candidate
 * component tokens) or Utrecht's (npm @utrecht/design-tokens: `--utrecht-*`) on a parent, the
 * widget's font, colours, primary button, question field, focus ring, spacing and radius follow the
 * theme; without a theme it keeps its own defaults. The page is built here: the theme's CSS straight
 * from node_modules, /widget.js and the API from the worker under test.
 *
 * Expected values are not copied from the packages: each is the token resolved in the page by a
 * probe element in the theme's scope, and the test fails when the theme does not set the token.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/axe';
import { useBrowser } from './support/suite';
import { messages, openResidentWidget } from './support/widget';

const t = messages.nl;
const suite = useBrowser();
const resolvePackageFile = createRequire(import.meta.url).resolve;

interface Theme {
  /** The class the package's theme.css puts its tokens on. */
  className: string;
  stylesheet: string;
}

const THEMES = {
  voorbeeld: {
    className: 'voorbeeld-theme',
    stylesheet: resolvePackageFile('@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css'),
  },
  utrecht: { className: 'utrecht-theme', stylesheet: resolvePackageFile('@utrecht/design-tokens/dist/theme.css') },
} satisfies Record<string, Theme>;

/** A host page with the theme's class on <body> and a resident-mode widget; the panel is opened. */
async function hostPage(theme?: Theme): Promise<Page> {
  const page = await suite.newPage();
  await page.route('**/theming-host', (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html>
<html lang="nl">
  <head>
    <meta charset="utf-8" />
    <title>Thema</title>
    ${theme ? '<link rel="stylesheet" href="/theming-host/theme.css" />' : ''}
    <script type="module" src="/widget.js"></script>
  </head>
  <body class="${theme?.className ?? ''}">
    <main><loket-wijzer tenant="voorbeeldstad" mode="resident" heading-level="2"></loket-wijzer></main>
  </body>
</html>`,
    }),
  );
  if (theme) {
    await page.route('**/theming-host/theme.css', (route) =>
      route.fulfill({ contentType: 'text/css', body: readFileSync(theme.stylesheet, 'utf8') }),
    );
  }
  await page.goto('/theming-host');
  await openResidentWidget(page);
  return page;
}

/** A computed style of an element in the widget's shadow DOM. */
function computed(locator: Locator, property: string): Promise<string> {
  return locator.evaluate((element, name) => getComputedStyle(element).getPropertyValue(name), property);
}

/**
 * What `property: var(token)` computes to in the theme's scope (a probe in <body>), in the same
 * form the browser gives the widget's computed styles. `with` sets what the property needs to show
 * (a border width needs a border style). Throws when the theme does not set the token.
 */
function themeValue(page: Page, token: string, property: string, extra: Record<string, string> = {}): Promise<string> {
  return page.evaluate(
    ({ token, property, extra }) => {
      if (getComputedStyle(document.body).getPropertyValue(token).trim() === '') {
        throw new Error(`the theme does not set ${token}`);
      }
      const probe = document.body.appendChild(document.createElement('div'));
      for (const [name, value] of Object.entries(extra)) probe.style.setProperty(name, value);
      probe.style.setProperty(property, `var(${token})`);
      const value = getComputedStyle(probe).getPropertyValue(property);
      probe.remove();
      return value;
    },
    { token, property, extra },
  );
}

function parts(page: Page) {
  return {
    launcher: page.getByRole('button', { name: t.residentOpen }),
    panel: page.locator('loket-wijzer .panel'),
    label: page.getByText(t.questionLabelResident),
    field: page.getByRole('combobox', { name: t.questionLabelResident }),
    askButton: page.getByRole('button', { name: t.ask, exact: true }),
    link: page.locator('loket-wijzer .note a.link'),
  };
}

/** Holds the mouse button down on the element (`:active`), reads a style, and lets go elsewhere. */
async function whilePressed(page: Page, locator: Locator, property: string): Promise<string> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('the button is not on screen');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  const value = await computed(locator, property);
  await page.mouse.move(0, 0);
  await page.mouse.up();
  return value;
}

/** Each part of the widget, with the token of each convention that should decide its look. */
const TOKENS = {
  voorbeeld: {
    font: '--basis-text-font-family-default',
    text: '--basis-color-default-color-document',
    radius: '--basis-border-radius-md',
    buttonBackground: '--nl-button-primary-background-color',
    buttonColor: '--nl-button-primary-color',
    buttonBorder: '--nl-button-primary-border-color',
    buttonRadius: '--nl-button-border-radius',
    buttonPaddingInline: '--nl-button-padding-inline-start',
    buttonHoverBackground: '--nl-button-primary-hover-background-color',
    buttonHoverColor: '--nl-button-primary-hover-color',
    buttonActiveBackground: '--nl-button-primary-active-background-color',
    fieldBorder: '--basis-form-control-border-color',
    fieldBorderWidth: '--basis-form-control-border-width',
    fieldBackground: '--basis-form-control-background-color',
    fieldRadius: '--basis-form-control-border-radius',
    fieldPaddingBlock: '--basis-form-control-padding-block-start',
    focusColor: '--basis-focus-outline-color',
    focusStyle: '--basis-focus-outline-style',
    focusWidth: '--basis-focus-outline-width',
    focusOffset: '--basis-focus-outline-offset',
    focusBackground: '--basis-focus-background-color',
    link: '--nl-link-color',
  },
  utrecht: {
    font: '--utrecht-document-font-family',
    text: '--utrecht-document-color',
    radius: '--utrecht-border-radius-md',
    buttonBackground: '--utrecht-button-primary-action-background-color',
    buttonColor: '--utrecht-button-primary-action-color',
    buttonBorder: '--utrecht-button-primary-action-border-color',
    buttonRadius: '--utrecht-button-border-radius',
    buttonPaddingInline: '--utrecht-button-padding-inline-start',
    buttonHoverBackground: '--utrecht-button-primary-action-hover-background-color',
    buttonHoverColor: '--utrecht-button-primary-action-hover-color',
    buttonActiveBackground: '--utrecht-button-primary-action-active-background-color',
    fieldBorder: '--utrecht-form-control-border-color',
    fieldBorderWidth: '--utrecht-form-control-border-width',
    fieldBackground: '--utrecht-form-control-background-color',
    fieldRadius: '--utrecht-form-control-border-radius',
    fieldPaddingBlock: '--utrecht-form-control-padding-block-start',
    focusColor: '--utrecht-focus-outline-color',
    focusStyle: '--utrecht-focus-outline-style',
    focusWidth: '--utrecht-focus-outline-width',
    // Utrecht 5.0.1 sets no outline offset: the widget's own 2px stays.
    focusOffset: null,
    focusBackground: '--utrecht-focus-background-color',
    link: '--utrecht-link-color',
  },
} as const;

describe('NL Design System themes on the host page', () => {
  for (const [name, theme] of Object.entries(THEMES) as [keyof typeof THEMES, Theme][]) {
    const tokens = TOKENS[name];

    it(`takes font, text colour, radius and the primary button from the ${name} theme`, async () => {
      const page = await hostPage(theme);
      const { launcher, panel, label, askButton } = parts(page);
      expect(await computed(label, 'font-family')).toBe(await themeValue(page, tokens.font, 'font-family'));
      expect(await computed(label, 'color')).toBe(await themeValue(page, tokens.text, 'color'));
      expect(await computed(panel, 'border-top-left-radius')).toBe(await themeValue(page, tokens.radius, 'border-top-left-radius'));

      const background = await themeValue(page, tokens.buttonBackground, 'background-color');
      expect(await computed(launcher, 'background-color')).toBe(background);
      expect(await computed(askButton, 'background-color')).toBe(background);
      expect(await computed(askButton, 'color')).toBe(await themeValue(page, tokens.buttonColor, 'color'));
      expect(await computed(askButton, 'border-top-color')).toBe(await themeValue(page, tokens.buttonBorder, 'border-top-color'));
      expect(await computed(askButton, 'border-top-left-radius')).toBe(
        await themeValue(page, tokens.buttonRadius, 'border-top-left-radius'),
      );
      expect(await computed(askButton, 'padding-inline-start')).toBe(
        await themeValue(page, tokens.buttonPaddingInline, 'padding-inline-start'),
      );

      await askButton.hover();
      expect(await computed(askButton, 'background-color')).toBe(await themeValue(page, tokens.buttonHoverBackground, 'background-color'));
      expect(await computed(askButton, 'color')).toBe(await themeValue(page, tokens.buttonHoverColor, 'color'));
      expect(await whilePressed(page, askButton, 'background-color')).toBe(
        await themeValue(page, tokens.buttonActiveBackground, 'background-color'),
      );
    });

    it(`takes the form field, focus ring and link colour from the ${name} theme`, async () => {
      const page = await hostPage(theme);
      const { field, link } = parts(page);
      expect(await computed(field, 'border-top-color')).toBe(await themeValue(page, tokens.fieldBorder, 'border-top-color'));
      expect(await computed(field, 'border-top-width')).toBe(
        await themeValue(page, tokens.fieldBorderWidth, 'border-top-width', { 'border-top-style': 'solid' }),
      );
      expect(await computed(field, 'background-color')).toBe(await themeValue(page, tokens.fieldBackground, 'background-color'));
      expect(await computed(field, 'border-top-left-radius')).toBe(await themeValue(page, tokens.fieldRadius, 'border-top-left-radius'));
      expect(await computed(field, 'padding-top')).toBe(await themeValue(page, tokens.fieldPaddingBlock, 'padding-top'));

      // Opening the panel put focus in the field; a text field always shows its focus ring.
      expect(await computed(field, 'outline-color')).toBe(await themeValue(page, tokens.focusColor, 'outline-color'));
      expect(await computed(field, 'outline-style')).toBe(await themeValue(page, tokens.focusStyle, 'outline-style'));
      expect(await computed(field, 'outline-width')).toBe(
        await themeValue(page, tokens.focusWidth, 'outline-width', { 'outline-style': 'solid' }),
      );
      expect(await computed(field, 'outline-offset')).toBe(
        tokens.focusOffset ? await themeValue(page, tokens.focusOffset, 'outline-offset') : '2px',
      );

      const linkColour = await themeValue(page, tokens.link, 'color');
      expect(await computed(link, 'color')).toBe(linkColour);
      // Shift+Tab from the field reaches the phone link in the note above it, by keyboard.
      await page.keyboard.press('Shift+Tab');
      expect(await link.evaluate((element) => element.matches(':focus-visible'))).toBe(true);
      expect(await computed(link, 'background-color')).toBe(await themeValue(page, tokens.focusBackground, 'background-color'));
      expect(await computed(link, 'outline-color')).toBe(await themeValue(page, tokens.focusColor, 'outline-color'));
    });

    it(`meets WCAG 2.2 AA (axe-core) under the ${name} theme with an advice card open`, async () => {
      const page = await hostPage(theme);
      const { field } = parts(page);
      await field.fill('ik heb schulden');
      await field.press('Enter');
      await page.getByRole('heading', { name: 'Sociaal Loket' }).waitFor();
      await expectNoAxeViolations(page);
    });
  }

  it('keeps its own look without a theme', async () => {
    const page = await hostPage();
    const { launcher, panel, label, field, askButton, link } = parts(page);
    const look = async (locator: Locator, properties: string[]) =>
      Object.fromEntries(await Promise.all(properties.map(async (p) => [p, await computed(locator, p)] as const)));

    expect(await look(label, ['font-family', 'color'])).toEqual({
      'font-family': 'system-ui, "Segoe UI", Roboto, Arial, sans-serif',
      color: 'rgb(27, 31, 36)',
    });
    expect(await computed(panel, 'border-top-left-radius')).toBe('6px');
    expect(await computed(launcher, 'background-color')).toBe('rgb(26, 79, 139)');
    expect(
      await look(askButton, ['background-color', 'color', 'border-top-color', 'border-top-left-radius', 'padding-inline-start']),
    ).toEqual({
      'background-color': 'rgb(26, 79, 139)',
      color: 'rgb(255, 255, 255)',
      'border-top-color': 'rgb(26, 79, 139)',
      'border-top-left-radius': '6px',
      'padding-inline-start': '18px',
    });
    expect(
      await look(field, [
        'border-top-color',
        'border-top-width',
        'background-color',
        'border-top-left-radius',
        'padding-top',
        'outline-color',
        'outline-style',
        'outline-width',
        'outline-offset',
      ]),
    ).toEqual({
      'border-top-color': 'rgb(106, 115, 128)',
      'border-top-width': '2px',
      'background-color': 'rgb(255, 255, 255)',
      'border-top-left-radius': '6px',
      'padding-top': '8px',
      'outline-color': 'rgb(27, 31, 36)',
      'outline-style': 'solid',
      'outline-width': '3px',
      'outline-offset': '2px',
    });
    expect(await computed(link, 'color')).toBe('rgb(26, 79, 139)');
    await page.keyboard.press('Shift+Tab');
    expect(await link.evaluate((element) => element.matches(':focus-visible'))).toBe(true);
    expect(await computed(link, 'background-color')).toBe('rgba(0, 0, 0, 0)');

    await askButton.hover();
    expect(await look(askButton, ['background-color', 'color'])).toEqual({
      'background-color': 'rgb(255, 255, 255)',
      color: 'rgb(26, 79, 139)',
    });
    expect(await whilePressed(page, askButton, 'background-color')).toBe('rgb(255, 255, 255)');
  });
});
