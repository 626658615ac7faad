/**
 * State and keyboard behaviour of the question field as an ARIA 1.2 combobox with a listbox
 * popup (https://www.w3.org/WAI/ARIA/apg/patterns/combobox/). Focus stays in the text field;
 * the active option is conveyed with aria-activedescendant.
 *
 * The keystroke path is only `suggest` plus one render: the search index is built beforehand.
 */
import type { ReactiveController, ReactiveControllerHost } from '../element/reactive-controller';
import type { TopicSuggestion } from '../../core/routing/engine';

/** Prefix search starts at the second character: one letter matches half the table. */
export const MIN_QUERY_LENGTH = 2;
export const MAX_SUGGESTIONS = 6;

export type SuggestionSource = (query: string, limit: number) => TopicSuggestion[];

export class SuggestionsController implements ReactiveController {
  items: TopicSuggestion[] = [];
  /** Index of the highlighted option, or -1 when none is. */
  active = -1;
  open = false;
  readonly #host: ReactiveControllerHost;
  readonly #source: SuggestionSource;

  constructor(host: ReactiveControllerHost, source: SuggestionSource) {
    this.#host = host;
    this.#source = source;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.close();
  }

  get activeItem(): TopicSuggestion | undefined {
    return this.open ? this.items[this.active] : undefined;
  }

  /** The text changed: search again. */
  search(query: string): void {
    this.items = query.trim().length >= MIN_QUERY_LENGTH ? this.#source(query, MAX_SUGGESTIONS) : [];
    this.open = this.items.length > 0;
    this.active = -1;
    this.#host.requestUpdate();
  }

  close(): void {
    if (!this.open && this.active === -1) return;
    this.open = false;
    this.active = -1;
    this.#host.requestUpdate();
  }

  clear(): void {
    this.items = [];
    this.close();
  }

  /**
   * Arrow keys move through the options (opening the list when it has items), Escape closes it.
   * Returns true when the key was used, so the caller can prevent the default action.
   */
  handleKey(key: string): boolean {
    const count = this.items.length;
    if (key === 'ArrowDown' || key === 'ArrowUp') {
      if (count === 0) return false;
      const step = key === 'ArrowDown' ? 1 : -1;
      const from = this.open ? this.active : -1;
      this.open = true;
      this.active = from === -1 && step === -1 ? count - 1 : (from + step + count) % count;
      this.#host.requestUpdate();
      return true;
    }
    if (key === 'Escape' && this.open) {
      this.close();
      return true;
    }
    return false;
  }
}
