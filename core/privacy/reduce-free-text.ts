/**
 * Free text reduced to what may be stored. A placeholder until issue 10's reduction lands (it
 * replaces this file with one that also drops names, street addresses and licence plates): for
 * now only Unicode NFKC normalisation, lower case and collapsed whitespace, so that the same
 * question typed twice is stored, and grouped, as one.
 */
export interface ReduceFreeTextOptions {
  /** Words of the tenant's own table that are never taken for a name. */
  tenantWords?: ReadonlySet<string>;
}

export function reduceFreeText(text: string, _options: ReduceFreeTextOptions = {}): string {
  return text.normalize('NFKC').toLocaleLowerCase('nl').replace(/\s+/g, ' ').trim();
}
