// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { html } from '../../../widget/element/html';
import { render } from '../../../widget/element/render';

describe('templates', () => {
  it('are parsed once per place in the code: later instances are clones', () => {
    const view = (text: string) => html`<p class="a ${text}">${text}</p>`;
    render(view('warm'), document.createElement('div'));
    const createElement = vi.spyOn(document, 'createElement');
    const roots = [document.createElement('div'), document.createElement('div')];
    createElement.mockClear();
    render(view('one'), roots[0]!);
    render(view('two'), roots[1]!);
    expect(createElement).not.toHaveBeenCalledWith('template');
    expect(roots.map((root) => root.querySelector('p')!.outerHTML.replace(/<!---->/g, ''))).toEqual([
      '<p class="a one">one</p>',
      '<p class="a two">two</p>',
    ]);
    createElement.mockRestore();
  });

  it('render a value at the start and at the end of a template, and in every kind of element', () => {
    const root = document.createElement('div');
    render(
      html`${'start'}<select>
          <option value="">${'choose'}</option>
          ${['a', 'b'].map((value) => html`<option value=${value} ?selected=${value === 'b'}>${value}</option>`)}
        </select>
        <ul>
          ${html`<li>${1}</li>`}
        </ul>
        ${'end'}`,
      root,
    );
    const select = root.querySelector('select')!;
    expect([...select.options].map((option) => [option.value, option.textContent])).toEqual([
      ['', 'choose'],
      ['a', 'a'],
      ['b', 'b'],
    ]);
    // The attribute (happy-dom does not choose the selected option from it; the browser tests cover that).
    expect([...select.options].map((option) => option.hasAttribute('selected'))).toEqual([false, false, true]);
    expect(root.querySelector('li')!.textContent).toBe('1');
    expect(root.textContent.trim().startsWith('start')).toBe(true);
    expect(root.textContent.trim().endsWith('end')).toBe(true);
  });

  it('leave a binding in a comment unrendered', () => {
    const root = document.createElement('div');
    render(html`<p>a<!-- ${'hidden'} -->b</p>`, root);
    expect(root.querySelector('p')!.textContent).toBe('ab');
  });
});
