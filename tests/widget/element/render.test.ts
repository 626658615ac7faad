// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { html, nothing, type TemplateResult } from '../../../widget/element/html';
import { render } from '../../../widget/element/render';

const container = () => document.createElement('div');

/** The container's elements and text, without the comments that mark where values go. */
const markup = (element: Element) => element.innerHTML.replace(/<!---->/g, '');

describe('render: text', () => {
  it('shows strings and numbers as text, and updates the same text node in place', () => {
    const root = container();
    const view = (value: unknown) => html`<p>${value}</p>`;
    render(view('één'), root);
    const text = root.querySelector('p')!.lastChild!.previousSibling;
    expect(markup(root)).toBe('<p>één</p>');
    render(view(42), root);
    expect(markup(root)).toBe('<p>42</p>');
    expect(root.querySelector('p')!.lastChild!.previousSibling).toBe(text);
  });

  it('never parses a value as markup', () => {
    const root = container();
    const hostile = '<img src="x" onerror="alert(1)"><b>vet</b>';
    render(html`<p title=${hostile}>${hostile}</p>`, root);
    const p = root.querySelector('p')!;
    expect(p.children).toHaveLength(0);
    expect(p.textContent).toBe(hostile);
    expect(p.getAttribute('title')).toBe(hostile);
  });

  it('shows nothing for nothing, null, undefined and the empty string, and text again after them', () => {
    const root = container();
    const view = (value: unknown) => html`<p>a${value}b</p>`;
    for (const empty of [nothing, null, undefined, '']) {
      render(view('x'), root);
      expect(root.querySelector('p')!.textContent).toBe('axb');
      render(view(empty), root);
      expect(root.querySelector('p')!.textContent).toBe('ab');
    }
  });

  it('keeps the static text around values, and values side by side apart', () => {
    const root = container();
    const view = (a: unknown, b: unknown) => html`${a}${b} en ${a}`;
    render(view('1', '2'), root);
    expect(root.textContent).toBe('12 en 1');
    render(view('', '3'), root);
    expect(root.textContent).toBe('3 en ');
    render(view('4', nothing), root);
    expect(root.textContent).toBe('4 en 4');
  });
});

describe('render: nested templates', () => {
  const inner = (text: string) => html`<b>${text}</b>`;
  const other = (text: string) => html`<i>${text}</i>`;
  const outer = (child: TemplateResult | typeof nothing) => html`<p>${child}</p>`;

  it('updates the nested instance of the same template, keeping its elements', () => {
    const root = container();
    render(outer(inner('a')), root);
    const b = root.querySelector('b');
    render(outer(inner('b')), root);
    expect(root.querySelector('b')).toBe(b);
    expect(markup(root)).toBe('<p><b>b</b></p>');
  });

  it('replaces a nested template by another one, and by nothing', () => {
    const root = container();
    render(outer(inner('a')), root);
    render(outer(other('b')), root);
    expect(markup(root)).toBe('<p><i>b</i></p>');
    render(outer(nothing), root);
    expect(markup(root)).toBe('<p></p>');
    render(outer(inner('c')), root);
    expect(markup(root)).toBe('<p><b>c</b></p>');
  });

  it('keeps a nested template that ends with a value apart from the value after it', () => {
    const root = container();
    const tail = (text: string) => html`x ${text}`;
    const view = (a: string, b: string) => html`<p>${tail(a)}${b}</p>`;
    render(view('1', '2'), root);
    expect(root.textContent).toBe('x 12');
    render(view('', '3'), root);
    expect(root.textContent).toBe('x 3');
    render(view('4', ''), root);
    expect(root.textContent).toBe('x 4');
  });
});

describe('render: lists', () => {
  const view = (items: Iterable<string>) =>
    html`<ul>
      ${[...items].map((item) => html`<li>${item}</li>`)}
    </ul>`;
  const texts = (root: Element) => [...root.querySelectorAll('li')].map((li) => li.textContent);

  it('grows and shrinks a list by position, keeping the elements of the items that stay', () => {
    const root = container();
    render(view(['a', 'b']), root);
    const first = root.querySelector('li');
    render(view(['a', 'b', 'c', 'd']), root);
    expect(texts(root)).toEqual(['a', 'b', 'c', 'd']);
    expect(root.querySelector('li')).toBe(first);
    render(view(['z']), root);
    expect(texts(root)).toEqual(['z']);
    expect(root.querySelector('li')).toBe(first);
    render(view([]), root);
    expect(texts(root)).toEqual([]);
    render(view(['e', 'f']), root);
    expect(texts(root)).toEqual(['e', 'f']);
  });

  it('renders any iterable, of text or templates, and switches between a list and text', () => {
    const root = container();
    const show = (value: unknown) => render(html`<p>${value}</p>`, root);
    show(new Set(['a', 'b']));
    expect(root.textContent).toBe('ab');
    show('text');
    expect(root.textContent).toBe('text');
    show([html`<b>1</b>`, 2, nothing]);
    expect(markup(root)).toBe('<p><b>1</b>2</p>');
    show(nothing);
    expect(markup(root)).toBe('<p></p>');
  });
});

describe('render: the container', () => {
  it('keeps its instance on the container: a second render updates the same nodes', () => {
    const root = container();
    const view = (text: string) => html`<p>${text}</p>`;
    render(view('a'), root);
    const p = root.querySelector('p');
    render(view('b'), root);
    expect(root.querySelector('p')).toBe(p);
    expect(root.querySelectorAll('p')).toHaveLength(1);
  });

  it('renders before renderBefore and leaves what the container held', () => {
    const root = container();
    root.innerHTML = '<span>page</span>';
    render(html`<p>${'a'}</p>`, root, { renderBefore: root.firstChild });
    render(html`<p>${'b'}</p>`, root, { renderBefore: root.firstChild });
    expect(markup(root)).toBe('<p>b</p><span>page</span>');
  });

  it('renders text and nothing at the top, as in a template', () => {
    const root = container();
    render('text', root);
    expect(root.textContent).toBe('text');
    render(nothing, root);
    expect(markup(root)).toBe('');
  });
});
