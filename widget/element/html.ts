/**
 * The widget's templates: `html` marks a piece of markup with the values that go in it; `render`
 * (render.ts) puts it on screen and, for the same piece of code, updates what is there. Values are
 * never parsed as markup: text stays text, whatever a question or a tenant's content holds.
 */

/**
 * Renders nothing: an empty child, a removed attribute, a boolean attribute left off, no listener.
 * Null, as null and undefined render the same (see render.ts and attribute-parts.ts).
 */
export const nothing = null;

/** Markup and its values. The strings are one array per place in the code: they are parsed once. */
export interface TemplateResult {
  readonly strings: TemplateStringsArray;
  readonly values: readonly unknown[];
}

export const html = (strings: TemplateStringsArray, ...values: unknown[]): TemplateResult => ({ strings, values });
