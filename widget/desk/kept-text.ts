/**
 * "Bewaard wordt: [naam] komt morgen langs": what the server will store of a note or a question,
 * shown before it is sent. The same reduction as the worker's (core/privacy), loaded on first use;
 * until then, and if it fails to load, nothing is shown (the server reduces all the same).
 */
import type { ReactiveController, ReactiveControllerHost } from '../element/reactive-controller';
import type { Content } from '../../core/content/schema';

type Reduction = typeof import('./free-text-reduction');

export class KeptText implements ReactiveController {
  private reduction: Reduction | null = null;
  private loading = false;
  // Content objects are immutable per published version, so their word sets are too.
  private readonly words = new WeakMap<Content, ReadonlySet<string>>();

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** The text as it will be stored, or null while the reduction loads or when there is no text. */
  of(text: string, content: Content): string | null {
    const trimmed = text.trim();
    if (!trimmed) return null;
    if (!this.reduction) {
      void this.load();
      return null;
    }
    let words = this.words.get(content);
    if (!words) {
      words = this.reduction.tenantWords(content);
      this.words.set(content, words);
    }
    return this.reduction.reduceFreeText(trimmed, { tenantWords: words });
  }

  private async load(): Promise<void> {
    if (this.loading) return;
    this.loading = true;
    try {
      this.reduction = await import('./free-text-reduction');
      this.host.requestUpdate();
    } catch {
      // Only the preview is lost: the worker reduces what it stores whatever the widget shows.
    }
  }
}
