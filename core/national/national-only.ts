/**
 * A product that only the Rijk provides is a national matter, for the tenant's counter for
 * national matters. Apart from upl-products.ts, so the widget's lazy national chunk has no zod.
 */
import type { UplProduct } from './upl-products';

export function isNationalOnly(product: UplProduct): boolean {
  return product.layers.length === 1 && product.layers[0] === 'rijk';
}
