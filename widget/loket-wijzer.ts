/**
 * The embeddable module (/widget.js): registers <loket-wijzer>.
 *
 *   <script type="module" src="https://HOST/widget.js"></script>
 *   <loket-wijzer tenant="voorbeeldstad" mode="desk" lang="nl"></loket-wijzer>
 */
import type { AdviceEvent } from './events';
import { LoketWijzer } from './loket-wijzer.component';

export { LoketWijzer };
export type { AdviceEvent, AdviceEventDetail } from './events';

// A page may load widget.js twice (two embeds, or a CMS block plus a template): define once.
if (!customElements.get('loket-wijzer')) customElements.define('loket-wijzer', LoketWijzer);

declare global {
  interface HTMLElementTagNameMap {
    'loket-wijzer': LoketWijzer;
  }
  interface GlobalEventHandlersEventMap {
    'lw-advice': AdviceEvent;
  }
}
