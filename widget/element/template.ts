/**
 * A template's markup, parsed once per place in the code: its strings are joined with numbered
 * markers, the browser's own HTML parser builds a <template> of them, and one walk over it finds
 * where the values go. Every render after that clones the template (render.ts).
 *
 * A marker in an attribute's value makes the attribute a part; the markers left in text become
 * comments, before which a value's nodes go. The parser decides which is which, so there is no
 * lexer here. Bindings in comments are not rendered; in <style>, <textarea> or <title> they are
 * text, as everything else (the widget binds in none of them; `lit/binding-positions` in the lint
 * config rejects bindings in comments and in tag and attribute names).
 */
import { trustedHtml } from './trusted-html';

const MARKER = /lw\$(\d+)\$/;

/**
 * The name as written before `=` (Prettier writes no spaces around it): the parser lowercases
 * names, a property keeps its case (`.textContent`). Without a match, the parser's name.
 */
const NAME_BEFORE_VALUE = /([^\s"'>=]+)=["']?[^"']*$/;

/**
 * Where values go: the node's number in the order of a TreeWalker over the template (the same in
 * every clone); the kind ('' a child, before the comment the node is; '=' an attribute, '.' a
 * property, '?' a boolean attribute, '@' an event); the attribute's name; the text around the values
 * by turns with the values' numbers: text, number, text, … (a child: '', number).
 */
export type TemplatePart = [at: number, kind: '' | '=' | '.' | '?' | '@', name: string, statics: string[]];

export type PreparedTemplate = [element: HTMLTemplateElement, parts: TemplatePart[]];

/** Where a child's nodes go: before it. */
export const comment = (): Comment => document.createComment('');

const templates = new WeakMap<TemplateStringsArray, PreparedTemplate>();

export function prepareTemplate(strings: TemplateStringsArray): PreparedTemplate {
  let template = templates.get(strings);
  if (template) return template;
  const element = document.createElement('template');
  element.innerHTML = trustedHtml(String.raw({ raw: strings }, ...strings.map((_, i) => `lw$${i}$`)));
  const parts: TemplatePart[] = [];
  const walker = document.createTreeWalker(element.content);
  for (let at = 0; walker.nextNode(); at++) {
    const node = walker.currentNode as Element & Text;
    if (node.nodeType === 1) {
      for (const attribute of node.getAttributeNames()) {
        const statics = node.getAttribute(attribute)!.split(MARKER);
        if (statics.length < 2) continue;
        node.removeAttribute(attribute);
        const name = NAME_BEFORE_VALUE.exec(strings[+statics[1]!]!)?.[1] ?? attribute;
        const kind = /^[.?@]/.test(name) ? (name[0] as '.' | '?' | '@') : '=';
        parts.push([at, kind, kind === '=' ? name : name.slice(1), statics]);
      }
    } else if (node.nodeType === 3) {
      const pieces = node.data.split(MARKER);
      if (pieces.length < 2) continue;
      // The text up to the first value stays; then a comment per value, each followed by the text
      // after it (empty too: a value is never the last node of the fragment, whose end would move).
      node.data = pieces[0]!;
      node.after(
        ...pieces.slice(1).map((piece, i) => {
          if (i % 2) return piece;
          parts.push([at + 1 + i, '', '', ['', piece]]);
          return comment();
        }),
      );
    }
  }
  templates.set(strings, (template = [element, parts]));
  return template;
}
