// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { html, nothing } from '../../../widget/element/html';
import { render } from '../../../widget/element/render';

const container = () => document.createElement('div');

describe('attribute parts', () => {
  it('puts several values into one attribute with the text around them', () => {
    const root = container();
    const view = (kind: string, id: number) => html`<p class="message ${kind}" id="m-${id}-x">.</p>`;
    render(view('user', 1), root);
    const p = root.querySelector('p')!;
    expect(p.getAttribute('class')).toBe('message user');
    expect(p.id).toBe('m-1-x');
    render(view('assistant', 2), root);
    expect(p.getAttribute('class')).toBe('message assistant');
    expect(p.id).toBe('m-2-x');
  });

  it('removes an attribute whose value is nothing, null or undefined, and sets it again after', () => {
    const root = container();
    const view = (value: unknown) => html`<input aria-activedescendant=${value} aria-describedby="hint ${value}" />`;
    for (const empty of [nothing, null, undefined]) {
      render(view('lw-1'), root);
      const input = root.querySelector('input')!;
      expect(input.getAttribute('aria-activedescendant')).toBe('lw-1');
      expect(input.getAttribute('aria-describedby')).toBe('hint lw-1');
      render(view(empty), root);
      expect(input.hasAttribute('aria-activedescendant')).toBe(false);
      expect(input.hasAttribute('aria-describedby')).toBe(false);
    }
  });

  it('writes numbers as text and leaves the template without the attribute until a value sets it', () => {
    const root = container();
    render(html`<div aria-level=${3} tabindex=${nothing}></div>`, root);
    const div = root.querySelector('div')!;
    expect(div.getAttribute('aria-level')).toBe('3');
    expect(div.getAttributeNames()).toEqual(['aria-level']);
  });

  it('does not set an attribute again when its text did not change', () => {
    const root = container();
    const view = (open: boolean, other: string) => html`<button aria-expanded=${open ? 'true' : 'false'} title=${other}></button>`;
    render(view(true, 'a'), root);
    const button = root.querySelector('button')!;
    const setAttribute = vi.spyOn(button, 'setAttribute');
    render(view(true, 'b'), root);
    expect(setAttribute.mock.calls).toEqual([['title', 'b']]);
  });

  it('keeps the case of an attribute of SVG as written (viewBox)', () => {
    const root = container();
    render(html`<svg viewBox="0 0 ${21} ${21}"><rect width=${21}></rect></svg>`, root);
    const svg = root.querySelector('svg')!;
    expect(svg.getAttribute('viewBox')).toBe('0 0 21 21');
    expect(svg.querySelector('rect')!.getAttribute('width')).toBe('21');
  });
});

describe('boolean attribute parts', () => {
  it('has the attribute while the value is truthy', () => {
    const root = container();
    const view = (open: unknown) => html`<details ?open=${open}></details>`;
    render(view(true), root);
    const details = root.querySelector('details')!;
    expect(details.hasAttribute('open')).toBe(true);
    expect(details.getAttributeNames()).toEqual(['open']);
    render(view(false), root);
    expect(details.hasAttribute('open')).toBe(false);
    render(view('yes'), root);
    expect(details.hasAttribute('open')).toBe(true);
    render(view(nothing), root);
    expect(details.hasAttribute('open')).toBe(false);
  });
});

describe('property parts', () => {
  const view = (value: string) => html`<input .value=${value} />`;

  it('sets the property, by the name as written (its case kept)', () => {
    const root = container();
    render(html`<p .textContent=${'as text'} .lwState=${{ a: 1 }}></p>`, root);
    const p = root.querySelector('p')! as HTMLParagraphElement & { lwState: unknown };
    expect(p.textContent).toBe('as text');
    expect(p.lwState).toEqual({ a: 1 });
    expect(p.getAttributeNames()).toEqual([]);
  });

  it('keeps what the user typed over a render whose value did not change', () => {
    const root = container();
    render(view(''), root);
    const input = root.querySelector('input')!;
    input.value = 'wat de gebruiker typt';
    render(view(''), root);
    expect(input.value).toBe('wat de gebruiker typt');
    render(view('nieuw'), root);
    expect(input.value).toBe('nieuw');
    render(view(''), root);
    expect(input.value).toBe('');
  });

  it('does not set a property again with the value it set last', () => {
    const root = container();
    const checkbox = (checked: boolean, id: string) => html`<input type="checkbox" id=${id} .checked=${checked} />`;
    render(checkbox(true, 'a'), root);
    const input = root.querySelector('input')!;
    const set = vi.fn();
    Object.defineProperty(input, 'checked', { set, get: () => true });
    render(checkbox(true, 'b'), root);
    expect(set).not.toHaveBeenCalled();
    render(checkbox(false, 'b'), root);
    expect(set).toHaveBeenCalledExactlyOnceWith(false);
  });
});

describe('event parts', () => {
  it('calls the listener of the last render with the host as this, through one listener', () => {
    const root = container();
    const host = { name: 'host' };
    const calls: Array<[string, unknown]> = [];
    function first(this: unknown) {
      calls.push(['first', this]);
    }
    function second(this: unknown) {
      calls.push(['second', this]);
    }
    const view = (listener: unknown) => html`<button @click=${listener}>Go</button>`;
    render(view(first), root, { host });
    const button = root.querySelector('button')!;
    const addEventListener = vi.spyOn(button, 'addEventListener');
    button.click();
    render(view(second), root, { host });
    button.click();
    render(view(nothing), root, { host });
    button.click();
    expect(calls).toEqual([
      ['first', host],
      ['second', host],
    ]);
    expect(addEventListener).not.toHaveBeenCalled();
  });

  it('calls the listener with the element as this when there is no host, and hands it the event', () => {
    const root = container();
    let seen: [unknown, Event] | undefined;
    render(
      html`<button
        @click=${function (this: unknown, event: Event) {
          seen = [this, event];
        }}
      ></button>`,
      root,
    );
    const button = root.querySelector('button')!;
    button.click();
    expect(seen![0]).toBe(button);
    expect(seen![1].type).toBe('click');
  });
});
