/**
 * The parts of a template in an element's attributes. Each commits only what changed since its
 * last render, so a render leaves alone what it does not change (focus, selection, what a screen
 * reader is reading), and a property keeps what the user did to it since (a field's typed value).
 */
import type { RenderOptions } from './render';
import type { TemplatePart } from './template';

/** Takes the values of the whole template and commits its own. */
export type Update = (values: readonly unknown[]) => void;

type AttributePart = (element: Element, name: string, statics: string[], options?: RenderOptions) => Update;

/**
 * `name="text ${value} text"`: the text with the values in it. Removed while a value is `nothing`
 * (null) or undefined (Lit writes null and undefined as '' and removes it only for its `nothing`).
 */
const attribute: AttributePart = (element, name, statics) => {
  let committed: unknown;
  return (values) => {
    let text: string | null = statics[0]!;
    for (let i = 1; i < statics.length; i += 2) {
      const value = values[+statics[i]!];
      if (value == null) text = null;
      // eslint-disable-next-line @typescript-eslint/no-base-to-string -- as in Lit: a value is written as its text
      else if (text != null) text += String(value) + statics[i + 1]!;
    }
    if (text === committed) return;
    committed = text;
    if (text == null) element.removeAttribute(name);
    else element.setAttribute(name, text);
  };
};

/**
 * `.name=${value}`: set when it differs from the value set last (undefined before the first), not
 * from what the element holds now: a render with the same value leaves what the user typed.
 * `nothing` sets null (Lit sets undefined for its `nothing`).
 */
const property: AttributePart = (element, name, statics) => {
  let committed: unknown;
  return (values) => {
    const value = values[+statics[1]!];
    if (value === committed) return;
    committed = value;
    (element as unknown as Record<string, unknown>)[name] = value;
  };
};

/** `?name=${value}`: the attribute is there while the value is truthy. */
const boolean: AttributePart = (element, name, statics) => {
  let committed: boolean | undefined;
  return (values) => {
    const value = values[+statics[1]!];
    const on = !!value;
    if (on !== committed) element.toggleAttribute(name, (committed = on));
  };
};

/**
 * `@name=${listener}`: one listener for the part's life, which calls the function of the last
 * render (none for `nothing`), with the host (the element whose template it is) as `this`.
 */
const event: AttributePart = (element, name, statics, options) => {
  let listener: ((this: unknown, event: Event) => void) | null | undefined;
  element.addEventListener(name, (event) => listener?.call(options?.host ?? element, event));
  return (values) => {
    listener = values[+statics[1]!] as typeof listener;
  };
};

export const ATTRIBUTE_PARTS: Record<Exclude<TemplatePart[1], ''>, AttributePart> = {
  '=': attribute,
  '.': property,
  '?': boolean,
  '@': event,
};
