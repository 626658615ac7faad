/**
 * The parts of a template in an element's attributes. Each commits only what changed since its
 * last render, so a render leaves alone what it does not change (focus, selection, what a screen
 * reader is reading), and a property keeps what the user did to it since (the typed value of a field).
 */
import { nothing } from './html';
import type { RenderOptions } from './render';
import type { TemplatePart } from './template';

/** Takes the values of the whole template and commits its own. */
export type Update = (values: readonly unknown[]) => void;

type AttributePart = (element: Element, name: string, statics: string[], options?: RenderOptions) => Update;

/**
 * `name="text ${value} text"`: the text with the values in it. Removed while a value is `nothing`,
 * null or undefined (Lit writes null and undefined as '' and removes only for `nothing`).
 */
const attribute: AttributePart = (element, name, statics) => {
  let committed: unknown;
  return (values) => {
    let text: string | typeof nothing = statics[0]!;
    for (let i = 1; i < statics.length; i += 2) {
      const value = values[+statics[i]!];
      if (value == null || value === nothing) text = nothing;
      else if (text !== nothing) text += String(value) + statics[i + 1]!;
    }
    if (text === committed) return;
    committed = text;
    if (text === nothing) element.removeAttribute(name);
    else element.setAttribute(name, text);
  };
};

/** `.name=${value}`: set when it differs from the value set last, not from what the element now holds. */
const property: AttributePart = (element, name, statics) => {
  let committed: unknown = nothing;
  return (values) => {
    const value = values[+statics[1]!];
    if (value === committed) return;
    committed = value;
    (element as unknown as Record<string, unknown>)[name] = value === nothing ? undefined : value;
  };
};

/** `?name=${value}`: the attribute is there while the value is truthy. */
const boolean: AttributePart = (element, name, statics) => {
  let committed: boolean | undefined;
  return (values) => {
    const value = values[+statics[1]!];
    const on = !!value && value !== nothing;
    if (on !== committed) element.toggleAttribute(name, (committed = on));
  };
};

/**
 * `@name=${listener}`: one listener for the part's life, which calls the function of the last
 * render, with the host (the element whose template it is) as `this`.
 */
const event: AttributePart = (element, name, statics, options) => {
  let listener: unknown;
  element.addEventListener(name, (event) => {
    if (typeof listener === 'function') listener.call(options?.host ?? element, event);
  });
  return (values) => {
    listener = values[+statics[1]!];
  };
};

export const ATTRIBUTE_PARTS: Record<Exclude<TemplatePart[1], ''>, AttributePart> = {
  '=': attribute,
  '.': property,
  '?': boolean,
  '@': event,
};
