/**
 * The municipality as staff know it: its name ("Gemeente Voorbeeldstad", "Den Bosch"), never the
 * technical id. Tenant ids (and the aliases of municipalities that share a table) are the name in
 * lower case with hyphens, so a typed name becomes the id here, and the id comes back as the
 * display name from the tenant's published content.
 */
import { ID_MAX_LENGTH, ID_PATTERN } from '../../core/content/id';

/** "Gemeente Súdwest-Fryslân" → "sudwest-fryslan"; an id typed as such stays the same. Empty when nothing is left. */
export function tenantIdFromName(typed: string): string {
  const id = typed
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/^\s*gemeente\s+/, '')
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return ID_PATTERN.test(id) && id.length <= ID_MAX_LENGTH ? id : '';
}
