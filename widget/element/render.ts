/**
 * Puts a template result (or text, or a list of them) into a container, and on the next render
 * into the same container updates what is there: the same template's instance keeps its nodes and
 * commits only the values that changed; another template replaces it.
 */
import { ATTRIBUTE_PARTS, type Update } from './attribute-parts';
import { nothing, TemplateResult } from './html';
import { prepareTemplate } from './template';

export interface RenderOptions {
  /** `this` in event listeners; the element the listener is on when not given. */
  host?: object;
  /** Rendered before this child of the container; after its children when not given. */
  renderBefore?: ChildNode | null;
}

type Commit = (value: unknown) => void;

/** A clone of a template's content, with its parts. */
class TemplateInstance {
  readonly strings: TemplateStringsArray;
  readonly fragment: DocumentFragment;
  readonly #parts: Update[] = [];

  constructor(strings: TemplateStringsArray, options?: RenderOptions) {
    this.strings = strings;
    const { element, parts } = prepareTemplate(strings);
    this.fragment = document.importNode(element.content, true);
    const walker = document.createTreeWalker(this.fragment);
    let index = -1;
    for (const [at, kind, name, statics] of parts) {
      for (; index < at; index++) walker.nextNode();
      const node = walker.currentNode;
      if (kind) {
        this.#parts.push(ATTRIBUTE_PARTS[kind](node as Element, name, statics, options));
      } else {
        const commit = childPart(node, node.nextSibling, options);
        this.#parts.push((values) => commit(values[+statics[1]!]));
      }
    }
  }

  update(values: readonly unknown[]): void {
    for (const update of this.#parts) update(values);
  }
}

/**
 * The nodes between `start` and `end` (the end of the parent when null): a template's instance, a
 * text node, or a list of child parts, one per item, each ending at a comment of its own (updated
 * by position). `nothing`, null, undefined and '' show nothing. Anything else shows as text.
 */
function childPart(start: Node, end: Node | null, options?: RenderOptions): Commit {
  let committed: unknown = nothing;
  /** Removes what follows `from` up to the end. */
  const clear = (from: Node) => {
    for (let node; (node = from.nextSibling) !== end; ) node!.remove();
  };
  const show = (node?: Node) => {
    clear(start);
    if (node) start.parentNode!.insertBefore(node, end);
  };
  return (value) => {
    // Null is nothing from here on.
    if (value == null || value === '') value = nothing;
    if (value instanceof TemplateResult) {
      if (committed instanceof TemplateInstance && committed.strings === value.strings) {
        committed.update(value.values);
      } else {
        const instance = new TemplateInstance(value.strings, options);
        instance.update(value.values);
        show(instance.fragment);
        committed = instance;
      }
    } else if (typeof value === 'object' && Symbol.iterator in value!) {
      if (!Array.isArray(committed)) {
        show();
        committed = [];
      }
      const items = committed as Array<[Commit, Comment]>;
      let count = 0;
      for (const item of value as Iterable<unknown>) {
        if (count === items.length) {
          const itemEnd = start.parentNode!.insertBefore(document.createComment(''), end);
          items.push([childPart(items[count - 1]?.[1] ?? start, itemEnd, options), itemEnd]);
        }
        items[count++]![0](item);
      }
      clear(items[count - 1]?.[1] ?? start);
      items.length = count;
    } else if (value !== committed) {
      // Text shown before: the same text node, with its new text.
      if (value !== nothing && committed !== nothing && typeof committed !== 'object') (start.nextSibling as Text).data = String(value);
      else show(value === nothing ? undefined : document.createTextNode(String(value)));
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
    commit = childPart(container.insertBefore(document.createComment(''), end), end, options);
    rendered.set(container, commit);
  }
  commit(value);
}
