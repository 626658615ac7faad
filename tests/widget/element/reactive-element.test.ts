// @vitest-environment happy-dom
import { html, type TemplateResult } from '../../../widget/element/html';
import { describe, expect, it } from 'vitest';
import { css } from '../../../widget/element/css';
import type { ReactiveController } from '../../../widget/element/reactive-controller';
import { ReactiveElement, type PropertyValues } from '../../../widget/element/reactive-element';

/** All pending microtasks, and so any pending render, have run once a macrotask comes round. */
const settled = () => new Promise((resolve) => setTimeout(resolve));

let tags = 0;
/** A fresh tag for every element class: customElements.define takes each name once. */
const define = (elementClass: CustomElementConstructor) => {
  const tag = `test-element-${++tags}`;
  customElements.define(tag, elementClass);
  return tag;
};

/** Declares its properties as the widget's elements do: each kind of declaration once. */
class Example extends ReactiveElement {
  static override properties = {
    tenant: { type: String },
    lang: { type: String },
    headingLevel: { type: Number, attribute: 'heading-level' },
    inline: { type: Boolean },
    mode: { converter: { fromAttribute: (value: string | null) => (value === 'desk' ? 'desk' : 'resident') } },
    open: { state: true },
  };
  static override styles = [
    css`
      button {
        font: inherit;
      }
    `,
    css`
      :host {
        display: inline-block;
      }
    `,
  ];

  declare tenant: string | null;
  declare lang: string;
  declare headingLevel: number | null;
  declare inline: boolean;
  declare mode: string;
  declare open: boolean;
  /** What each willUpdate got, copied. */
  readonly changes: Array<Map<string, unknown>> = [];
  renders = 0;
  clickedThis: unknown = null;

  constructor() {
    super();
    this.tenant = 'voorbeeldstad';
    this.headingLevel = 2;
    this.inline = false;
    this.mode = 'resident';
    this.open = false;
  }

  protected override willUpdate(changed: PropertyValues): void {
    this.changes.push(new Map(changed));
  }

  override render(): TemplateResult {
    this.renders++;
    // Unbound on purpose: lit-html calls a listener with its host as `this`, as LitElement has it.
    // eslint-disable-next-line @typescript-eslint/unbound-method
    const onClick = this.onClick;
    return html`<p>${this.tenant} ${this.mode}</p>
      <button @click=${onClick}>Go</button>`;
  }

  onClick(): void {
    this.clickedThis = this;
  }
}
const EXAMPLE = define(Example);

async function connected(attributes: Record<string, string> = {}): Promise<Example> {
  const element = document.createElement(EXAMPLE) as Example;
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  document.body.append(element);
  await settled();
  return element;
}

describe('ReactiveElement: declared properties', () => {
  it('observes the attributes of the declared properties, not those of state', () => {
    expect(Example.observedAttributes).toEqual(['tenant', 'lang', 'heading-level', 'inline', 'mode']);
  });

  it('converts each attribute to its property by the declared type, attribute name or converter', async () => {
    const element = await connected({ tenant: 'gouda', 'heading-level': '3', inline: '', mode: 'desk', lang: 'en' });
    expect(element.tenant).toBe('gouda');
    expect(element.headingLevel).toBe(3);
    expect(element.inline).toBe(true);
    expect(element.mode).toBe('desk');
    expect(element.lang).toBe('en');
    element.setAttribute('mode', 'anything');
    element.removeAttribute('inline');
    element.removeAttribute('heading-level');
    element.removeAttribute('tenant');
    expect(element.mode).toBe('resident');
    expect(element.inline).toBe(false);
    expect(element.headingLevel).toBeNull();
    expect(element.tenant).toBeNull();
  });

  it('leaves the attributes as the page set them when a property changes (no reflection)', async () => {
    const element = await connected({ lang: 'nl' });
    element.lang = 'en';
    element.tenant = 'gouda';
    element.inline = true;
    await settled();
    expect(element.getAttribute('lang')).toBe('nl');
    expect(element.hasAttribute('tenant')).toBe(false);
    expect(element.hasAttribute('inline')).toBe(false);
    expect(element.shadowRoot!.querySelector('p')!.textContent).toBe('gouda resident');
  });

  it('gives state no attribute', async () => {
    const element = await connected({ open: '' });
    expect(element.open).toBe(false);
  });

  it('keeps values set on the element before its class was defined, over the constructor defaults', async () => {
    class Late extends Example {}
    const tag = `late-element-${++tags}`;
    const element = document.createElement(tag) as Example;
    Object.assign(element, { tenant: 'gouda', open: true });
    document.body.append(element);
    customElements.define(tag, Late);
    await settled();
    expect(element).toBeInstanceOf(Late);
    expect(element.tenant).toBe('gouda');
    expect(element.open).toBe(true);
    expect(Object.hasOwn(element, 'tenant')).toBe(false);
    expect(element.shadowRoot!.querySelector('p')!.textContent).toBe('gouda resident');
    element.tenant = 'delft';
    await settled();
    expect(element.shadowRoot!.querySelector('p')!.textContent).toBe('delft resident');
  });
});

describe('ReactiveElement: updates', () => {
  it('does not render before it is first connected', async () => {
    const element = document.createElement(EXAMPLE) as Example;
    element.tenant = 'gouda';
    await settled();
    expect(element.renders).toBe(0);
    document.body.append(element);
    expect(element.renders).toBe(0);
    await settled();
    expect(element.renders).toBe(1);
  });

  it('renders the changes of one task once, in a microtask', async () => {
    const element = await connected();
    element.tenant = 'gouda';
    element.mode = 'desk';
    element.requestUpdate();
    expect(element.renders).toBe(1);
    await Promise.resolve();
    expect(element.renders).toBe(2);
    expect(element.shadowRoot!.querySelector('p')!.textContent).toBe('gouda desk');
  });

  it('does not render for a value that did not change', async () => {
    const element = await connected();
    element.tenant = 'voorbeeldstad';
    element.headingLevel = 2;
    await settled();
    expect(element.renders).toBe(1);
  });

  it('gives willUpdate the changed properties with the values they had at the last render (undefined before the first)', async () => {
    const element = await connected({ tenant: 'gouda' });
    expect(element.changes[0]).toEqual(
      new Map<string, unknown>([
        ['tenant', undefined],
        ['headingLevel', undefined],
        ['inline', undefined],
        ['mode', undefined],
        ['open', undefined],
      ]),
    );
    element.tenant = 'delft';
    element.tenant = 'leiden';
    element.open = true;
    await settled();
    expect(element.changes[1]).toEqual(
      new Map<string, unknown>([
        ['tenant', 'gouda'],
        ['open', false],
      ]),
    );
  });

  it('renders what willUpdate changes in the same render, and what updated changes in the next', async () => {
    class Deriving extends Example {
      protected override willUpdate(changed: PropertyValues): void {
        if (changed.has('tenant')) this.mode = this.tenant === 'desk-town' ? 'desk' : 'resident';
      }
      protected override updated(changed: PropertyValues): void {
        if (changed.has('mode') && this.mode === 'desk') this.tenant = 'after';
      }
    }
    const element = document.createElement(define(Deriving)) as Example;
    document.body.append(element);
    await settled();
    expect(element.renders).toBe(1);
    element.tenant = 'desk-town';
    await settled();
    expect(element.renders).toBe(3);
    expect(element.shadowRoot!.querySelector('p')!.textContent).toBe('after resident');
  });
});

describe('ReactiveElement: controllers', () => {
  it('calls its controllers in Lit order: connected, then per update hostUpdate before the render and hostUpdated before updated', async () => {
    const calls: string[] = [];
    const controller = (name: string): ReactiveController => ({
      hostConnected: () => calls.push(`${name} connected`),
      hostDisconnected: () => calls.push(`${name} disconnected`),
      hostUpdate: () => calls.push(`${name} update`),
      hostUpdated: () => calls.push(`${name} updated`),
    });
    class Hosting extends Example {
      constructor() {
        super();
        this.addController(controller('a'));
      }
      protected override willUpdate(): void {
        calls.push('willUpdate');
      }
      override render(): TemplateResult {
        calls.push('render');
        return super.render();
      }
      protected override updated(): void {
        calls.push('updated');
      }
    }
    const element = document.createElement(define(Hosting)) as Example;
    expect(calls).toEqual([]);
    document.body.append(element);
    await settled();
    expect(calls).toEqual(['a connected', 'willUpdate', 'a update', 'render', 'a updated', 'updated']);
    calls.length = 0;
    // Added to a connected host: it hears hostConnected at once.
    element.addController(controller('b'));
    expect(calls).toEqual(['b connected']);
    calls.length = 0;
    element.requestUpdate();
    await settled();
    expect(calls).toEqual(['willUpdate', 'a update', 'b update', 'render', 'a updated', 'b updated', 'updated']);
    calls.length = 0;
    element.remove();
    expect(calls).toEqual(['a disconnected', 'b disconnected']);
  });
});

describe('ReactiveElement: rendering', () => {
  it("renders into an open shadow root that adopted the class's styles, in order", async () => {
    const element = await connected();
    const root = element.shadowRoot!;
    expect(element.renderRoot).toBe(root);
    expect(root.mode).toBe('open');
    expect(root.adoptedStyleSheets.map((sheet) => sheet.cssRules[0]!.cssText)).toEqual([
      'button { font: inherit; }',
      ':host { display: inline-block; }',
    ]);
  });

  it('calls a template event listener with the element as this', async () => {
    const element = await connected();
    element.shadowRoot!.querySelector('button')!.click();
    expect(element.clickedThis).toBe(element);
  });

  it('renders into the light DOM before what the element held when its root is the element itself', async () => {
    class Light extends Example {
      protected override createRenderRoot(): HTMLElement {
        return this;
      }
    }
    const element = document.createElement(define(Light)) as Example;
    element.innerHTML = '<span>page content</span>';
    document.body.append(element);
    await settled();
    expect(element.shadowRoot).toBeNull();
    expect([...element.children].map((child) => child.localName)).toEqual(['p', 'button', 'span']);
  });
});
