/** The script of /ontvangst (dist/public/ontvangst.js): registers <loket-ontvangst>. */
import { LoketOntvangst } from './loket-ontvangst.component';

if (!customElements.get('loket-ontvangst')) customElements.define('loket-ontvangst', LoketOntvangst);

declare global {
  interface HTMLElementTagNameMap {
    'loket-ontvangst': LoketOntvangst;
  }
}
