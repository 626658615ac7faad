/**
 * The widget's templates: `html` marks a piece of markup with the values that go in it; `render`
 * (render.ts) puts it on screen and, for the same piece of code, updates what is there. Values are
 * never parsed as markup: text stays text, whatever a question or a tenant's content holds.
 */

/** Renders nothing: an empty child, a removed attribute. */
export const nothing = Symbol();

/** Markup and its values. The strings are one array per place in the code: they are parsed once. */
export class TemplateResult {
  readonly strings: TemplateStringsArray;
  readonly values: readonly unknown[];

  constructor(strings: TemplateStringsArray, values: readonly unknown[]) {
    this.strings = strings;
    this.values = values;
  }
}

export const html = (strings: TemplateStringsArray, ...values: unknown[]): TemplateResult => new TemplateResult(strings, values);
