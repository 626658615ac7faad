/**
 * A location's address on one line, for the referral slip and its plain-text copy. Apart from
 * format.ts, whose formatters widget.js carries: this one loads with the desk chunk that uses it.
 */
import type { Location } from '../../core/content/schema';

export function addressLine(location: Location): string {
  return `${location.address.street}, ${location.address.postalCode} ${location.address.city}`;
}
