/**
 * Style sheets for shadow roots. A style is its text: the `css` tag only joins its parts, so
 * modules with styles load in Node too, and a sheet is made the first time a root adopts the
 * text, then shared by every root that adopts it.
 */
const sheets = new Map<string, CSSStyleSheet>();

/**
 * Our own style text only: a value is another style or a number, never text from outside. Read
 * raw, as CSS means it: `content: '\2192'` keeps its escape.
 */
export function css(strings: TemplateStringsArray, ...values: Array<string | number>): string {
  return String.raw(strings, ...values);
}

/** Replaces the root's sheets by these, in this order (later rules win). */
export function adoptStyles(root: ShadowRoot, styles: readonly string[]): void {
  root.adoptedStyleSheets = styles.map((text) => {
    let sheet = sheets.get(text);
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(text);
      sheets.set(text, sheet);
    }
    return sheet;
  });
}
