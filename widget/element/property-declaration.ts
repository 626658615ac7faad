/**
 * How an element declares a reactive property (`static properties`), in Lit's notation for the
 * options the widget uses. None of its properties reflects to an attribute, so reflection is left
 * out (the host page's own `lang` attribute, for one, must stay as the page set it).
 */
export interface PropertyDeclaration {
  /** Internal state: renders on change, has no attribute. */
  state?: boolean;
  /** How the attribute's text becomes the value; text as it is when neither this nor `converter` is given. */
  type?: BooleanConstructor | NumberConstructor | StringConstructor;
  /** The attribute's name; the property's name in lower case by default. */
  attribute?: string;
  converter?: { fromAttribute: (value: string | null) => unknown };
}

export type PropertyDeclarations = Readonly<Record<string, PropertyDeclaration>>;

/** The attribute that sets the property, if any. */
export function attributeName(property: string, declaration: PropertyDeclaration): string | undefined {
  return declaration.state ? undefined : (declaration.attribute ?? property.toLowerCase());
}

/** Lit's default conversion: a Boolean is the attribute's presence, a Number its text as a number (null when removed). */
export function fromAttribute(value: string | null, declaration: PropertyDeclaration): unknown {
  if (declaration.converter) return declaration.converter.fromAttribute(value);
  if (declaration.type === Boolean) return value !== null;
  if (declaration.type === Number) return value === null ? null : Number(value);
  return value;
}
