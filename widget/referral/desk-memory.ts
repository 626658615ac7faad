/**
 * Which desk this browser belongs to, so staff pick it once. Kept in localStorage under a key per
 * tenant; it names a desk, never a person. No cookie: nothing of it reaches the server unasked.
 */
import type { SourceDesk } from '../../core/content/schema';
import type { BrowserStore as Store } from './browser-storage';

export const deskKey = (tenant: string) => `loketwijzer:${tenant}:source-desk`;

/** The remembered desk if the tenant still has it, else "". */
export function rememberedDesk(storage: Store | null, tenant: string, desks: readonly SourceDesk[]): string {
  try {
    const id = storage?.getItem(deskKey(tenant)) ?? '';
    return desks.some((desk) => desk.id === id) ? id : '';
  } catch {
    return '';
  }
}

export function rememberDesk(storage: Store | null, tenant: string, deskId: string): void {
  try {
    if (deskId) storage?.setItem(deskKey(tenant), deskId);
    else storage?.removeItem(deskKey(tenant));
  } catch {
    // Storage full or blocked: staff pick the desk again next time.
  }
}
