/**
 * Puts a template result (or text, or a list of them) into a container, and on the next render
 * into the same container updates what is there: the same template's instance keeps its nodes and
 * commits only the values that changed; another template replaces it.
 */
import { ATTRIBUTE_PARTS, type Update } from './attribute-parts';
import type { TemplateResult } from './html';
import { comment, prepareTemplate } from './template';

export interface RenderOptions {
  /** `this` in event listeners; the element the listener is on when not given. */
  host?: object;
  /** Rendered before this child of the container; after its children when not given. */
  renderBefore?: ChildNode | null;
}

type Commit = (value: unknown) => void;

/** A clone of a template's content, and its parts in it. */
function instantiate(strings: TemplateStringsArray, options?: RenderOptions): [DocumentFragment, Update[]] {
  const [element, parts] = prepareTemplate(strings);
  const fragment = document.importNode(element.content, true);
  const walker = document.createTreeWalker(fragment);
  let index = -1;
  return [
    fragment,
    parts.map(([at, kind, name, statics]) => {
      for (; index < at; index++) walker.nextNode();
      const node = walker.currentNode;
      if (kind) return ATTRIBUTE_PARTS[kind](node as Element, name, statics, options);
      const commit = childPart(node, node.nextSibling, options);
      return (values) => commit(values[+statics[1]!]);
    }),
  ];
}

/**
 * The nodes between `start` and `end` (the end of the parent when null): a template's instance, a
 * text node, or a list of child parts, one per item, each ending at a comment of its own (updated
 * by position). `nothing`, null, undefined and '' show nothing. Anything else shows as text.
 */
function childPart(start: Node, end: Node | null, options?: RenderOptions): Commit {
  /** What is shown: the template's strings, the list's items, the text, or null (nothing). */
  let committed: unknown = null;
  let updates: Update[] = [];
  let items: Array<[Commit, Comment]> = [];
  /** Removes what follows `from` up to the end. */
  const clear = (from: Node) => {
    while (from.nextSibling !== end) from.nextSibling!.remove();
  };
  const show = (node?: Node) => {
    clear(start);
    if (node) start.parentNode!.insertBefore(node, end);
  };
  return (value) => {
    // Undefined and '' are nothing (null) from here on.
    if (value === undefined || value === '') value = null;
    const template = value as TemplateResult | null;
    if (template?.strings) {
      const { strings, values } = template;
      let fragment: DocumentFragment | undefined;
      if (committed !== strings) [fragment, updates] = instantiate(strings, options);
      for (const update of updates) update(values);
      if (fragment) {
        show(fragment);
        committed = strings;
      }
    } else if (value !== null && typeof value === 'object' && Symbol.iterator in value) {
      if (committed !== items) {
        show();
        committed = items = [];
      }
      let count = 0;
      for (const item of value as Iterable<unknown>) {
        if (count === items.length) {
          const itemEnd = start.parentNode!.insertBefore(comment(), end);
          items.push([childPart(items[count - 1]?.[1] ?? start, itemEnd, options), itemEnd]);
        }
        items[count++]![0](item);
      }
      clear(items[count - 1]?.[1] ?? start);
      items.length = count;
    } else if (value !== committed) {
      // Whatever else the value is, it shows as its text, as in Lit (the widget's values here are
      // strings and numbers; a Node would show as text too, where Lit inserts it).
      const text = String(value);
      if (value === null) show();
      // Text shown before: the same text node, with its new text.
      else if (typeof committed !== 'object') (start.nextSibling as Text).data = text;
      else show(document.createTextNode(text));
      committed = value;
    }
  };
}

const rendered = new WeakMap<Node, Commit>();

/** Renders `value` into `container`; rendering into it again updates what the first render made. */
export function render(value: unknown, container: HTMLElement | DocumentFragment, options?: RenderOptions): void {
  let commit = rendered.get(container);
  if (!commit) {
    const end = options?.renderBefore ?? null;
    commit = childPart(container.insertBefore(comment(), end), end, options);
    rendered.set(container, commit);
  }
  commit(value);
}
