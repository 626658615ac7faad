/**
 * "Bewaard wordt: [naam] komt morgen langs": what the server will store of a note or a question,
 * shown before it is sent. The same reduction as the worker's (core/privacy), loaded on first use;
 * until then, and if it fails to load, nothing is shown (the server reduces all the same).
 */
import type { ReactiveController, ReactiveControllerHost } from '../element/reactive-controller';
import type { Content } from '../../core/content/schema';
import { whenIdle } from '../controllers/idle';

type Reduction = typeof import('./free-text-reduction');

export class KeptText implements ReactiveController {
  private reduction: Reduction | null = null;
  private loading: Promise<void> | null = null;
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

  /**
   * Idle time at the desk, before the first question: the reduction's chunk, its word lists and the
   * tenant's words. Made on first use instead, they cost the first answer (or a keystroke while
   * the first question is typed) one long task: about 60 ms of JavaScript at a 4× slower CPU, in a
   * profile of the first answer at /balie (issue 17).
   */
  async prepare(content: Content): Promise<void> {
    await this.load();
    if (this.reduction) whenIdle(() => void this.of('Voorbeeldvraag', content));
  }

  private load(): Promise<void> {
    return (this.loading ??= import('./free-text-reduction').then(
      (reduction) => {
        this.reduction = reduction;
        this.host.requestUpdate();
      },
      () => {
        // Only the preview is lost: the worker reduces what it stores whatever the widget shows.
      },
    ));
  }
}
