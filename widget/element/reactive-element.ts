/**
 * The widget's base for custom elements: what its two elements used of LitElement, on the widget's
 * own `render` (render.ts), and nothing more, for the first answer's byte budget (issue 17, item
 * 8): LitElement's layer (@lit/reactive-element with its css tag, lit-element) cost widget.js 2.6
 * KiB gzipped, this base 0.7 KiB: widget.js 1.9 KiB smaller (16,124 to 14,159 bytes).
 *
 * As in Lit: declared properties render on change, their attributes convert to them, values set
 * before the element was defined are kept; changes made in one task render once, in a microtask,
 * and not before the element is first connected; willUpdate gets the changed properties with their
 * old values; controllers hear hostUpdate before the render and hostUpdated after it.
 */
import { render, type RenderOptions } from './render';
import { adoptStyles } from './css';
import { attributeName, fromAttribute, type PropertyDeclarations } from './property-declaration';
import type { ReactiveController, ReactiveControllerHost } from './reactive-controller';

/** The properties changed since the last render, each with the value it had then. */
export type PropertyValues = ReadonlyMap<string, unknown>;

const classOf = (element: ReactiveElement) => element.constructor as typeof ReactiveElement;

export abstract class ReactiveElement extends HTMLElement implements ReactiveControllerHost {
  declare static properties?: PropertyDeclarations;
  /** Adopted by the shadow root. */
  declare static styles?: readonly string[];

  /**
   * Read once by customElements.define, before any element of the class exists: the moment to
   * put an accessor on the prototype for every declared property.
   */
  static get observedAttributes(): string[] {
    const properties = this.properties ?? {};
    // Defined again for a class that is defined twice, under another name: the same accessor.
    for (const name of Object.keys(properties)) {
      Object.defineProperty(this.prototype, name, {
        get(this: ReactiveElement) {
          return this.#values.get(name);
        },
        set(this: ReactiveElement, value: unknown) {
          this.#change(name, value);
        },
        configurable: true,
      });
    }
    return Object.entries(properties).flatMap(([name, declaration]) => attributeName(name, declaration) ?? []);
  }

  /** The shadow root (or the element itself, see createRenderRoot); set when first connected. */
  declare readonly renderRoot: HTMLElement | ShadowRoot;

  #values = new Map<string, unknown>();
  #changed = new Map<string, unknown>();
  #pending = false;
  /** Values set on the element before its class was defined: put aside (they would hide the accessors), set at the first render. */
  #early: Map<string, unknown> | undefined;
  #controllers: ReactiveController[] = [];
  #options: RenderOptions = { host: this };

  constructor() {
    super();
    for (const name of Object.keys(classOf(this).properties ?? {})) {
      if (!Object.hasOwn(this, name)) continue;
      (this.#early ??= new Map()).set(name, this[name as keyof this]);
      delete this[name as keyof this];
    }
    this.requestUpdate();
  }

  addController(controller: ReactiveController): void {
    this.#controllers.push(controller);
    if (this.renderRoot && this.isConnected) controller.hostConnected?.();
  }

  requestUpdate(): void {
    if (this.#pending) return;
    this.#pending = true;
    if (this.renderRoot) queueMicrotask(() => this.#update());
  }

  connectedCallback(): void {
    if (!this.renderRoot) {
      const root = this.createRenderRoot();
      (this as { renderRoot: HTMLElement | ShadowRoot }).renderRoot = root;
      // As LitElement: content already in the root (light DOM) stays after what is rendered.
      this.#options.renderBefore = root.firstChild;
      // Requested before the element was connected: the first render waited for this moment.
      if (this.#pending) queueMicrotask(() => this.#update());
    }
    for (const controller of this.#controllers) controller.hostConnected?.();
  }

  disconnectedCallback(): void {
    for (const controller of this.#controllers) controller.hostDisconnected?.();
  }

  attributeChangedCallback(attribute: string, _old: string | null, value: string | null): void {
    for (const [name, declaration] of Object.entries(classOf(this).properties ?? {})) {
      if (attributeName(name, declaration) === attribute) this.#change(name, fromAttribute(value, declaration));
    }
  }

  /** An open shadow root with the class's styles; return `this` to render into the light DOM. */
  protected createRenderRoot(): HTMLElement | ShadowRoot {
    const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    adoptStyles(root, classOf(this).styles ?? []);
    return root;
  }

  /** Before the render: derive state from the changed properties. Changes made here render now, not again. */
  protected willUpdate(_changed: PropertyValues): void {}

  protected abstract render(): unknown;

  /** After the render; changes made here render once more. */
  protected updated(_changed: PropertyValues): void {}

  #change(name: string, value: unknown): void {
    const old = this.#values.get(name);
    if (Object.is(old, value)) return;
    this.#values.set(name, value);
    if (!this.#changed.has(name)) this.#changed.set(name, old);
    this.requestUpdate();
  }

  #update(): void {
    if (this.#early) {
      for (const [name, value] of this.#early) this.#change(name, value);
      this.#early = undefined;
    }
    const changed = this.#changed;
    let result: unknown;
    try {
      this.willUpdate(changed);
      for (const controller of this.#controllers) controller.hostUpdate?.();
      result = this.render();
    } finally {
      // From here a request is for the next render, as in Lit (the render may cause one);
      // after an error too, so the element still renders on the next change.
      this.#changed = new Map();
      this.#pending = false;
    }
    render(result, this.renderRoot, this.#options);
    for (const controller of this.#controllers) controller.hostUpdated?.();
    this.updated(changed);
  }
}
