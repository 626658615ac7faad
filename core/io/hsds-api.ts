/**
 * The HSDS 3.0 API reference's answers (`../shared/hsds-3.0/schema/openapi.json`) made from one
 * directory export: its `Page` with `page`, `per_page` and `search`, the list shapes (one-to-one
 * fields only, as `compiled/*_list.json`) and the fully nested records of the `/{id}` paths.
 */
import type { HsdsDirectory, HsdsLocation, HsdsOrganization, HsdsService, HsdsServiceAtLocation } from './hsds';
import type { HsdsTaxonomy, HsdsTaxonomyTerm } from './hsds-upl';

export interface HsdsPage<T> {
  total_items: number;
  total_pages: number;
  page_number: number;
  size: number;
  first_page: boolean;
  last_page: boolean;
  empty: boolean;
  contents: T[];
}

export interface PageQuery {
  /** From 1. */
  page: number;
  perPage: number;
  /** Words that must all occur, case- and accent-insensitive, in the record's text. */
  search?: string | undefined;
}

/** The filters of the reference's list paths that this directory can answer. */
export interface RecordFilters {
  organization_id?: string | undefined;
  taxonomy_id?: string | undefined;
  taxonomy_term_id?: string | undefined;
  parent_id?: string | undefined;
}

export type HsdsServiceListItem = Omit<HsdsService, 'phones' | 'service_at_locations' | 'attributes'> & {
  organization?: HsdsOrganization;
};

export type HsdsFullService = Omit<HsdsService, 'service_at_locations'> & {
  organization?: HsdsOrganization;
  service_at_locations: (HsdsServiceAtLocation & { location?: HsdsLocation })[];
};

export type HsdsServiceAtLocationRecord = HsdsServiceAtLocation & { location?: HsdsLocation; service?: HsdsServiceListItem };

export function toPage<T>(items: readonly T[], { page, perPage }: PageQuery): HsdsPage<T> {
  const totalPages = Math.ceil(items.length / perPage);
  const contents = items.slice((page - 1) * perPage, page * perPage);
  return {
    total_items: items.length,
    total_pages: totalPages,
    page_number: page,
    size: contents.length,
    first_page: page === 1,
    last_page: page >= totalPages,
    empty: contents.length === 0,
    contents,
  };
}

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function matchesSearch(search: string | undefined, texts: (string | undefined)[]): boolean {
  const words = fold(search ?? '')
    .split(/\s+/)
    .filter(Boolean);
  if (words.length === 0) return true;
  const haystack = fold(texts.filter(Boolean).join(' '));
  return words.every((word) => haystack.includes(word));
}

/** Lookups over one directory, built once per version and kept with it. */
export class HsdsRecords {
  readonly #directory: HsdsDirectory;
  readonly #organizations: Map<string, HsdsOrganization>;
  readonly #locations: Map<string, HsdsLocation>;
  readonly #services: Map<string, HsdsService>;

  constructor(directory: HsdsDirectory) {
    this.#directory = directory;
    this.#organizations = new Map(directory.organizations.map((organization) => [organization.id, organization]));
    this.#locations = new Map(directory.locations.map((location) => [location.id, location]));
    this.#services = new Map(directory.services.map((service) => [service.id, service]));
  }

  services(query: PageQuery, filters: RecordFilters = {}): HsdsPage<HsdsServiceListItem> {
    const services = this.#directory.services.filter(
      (service) => this.#serviceMatches(service, filters) && matchesSearch(query.search, this.#serviceText(service)),
    );
    return toPage(
      services.map((service) => this.#serviceListItem(service)),
      query,
    );
  }

  service(id: string): HsdsFullService | undefined {
    const service = this.#services.get(id);
    if (!service) return undefined;
    const organization = this.#organizations.get(service.organization_id);
    return {
      ...service,
      ...(organization && { organization }),
      service_at_locations: service.service_at_locations.map((link) => this.#withLocation(link)),
    };
  }

  organizations(query: PageQuery): HsdsPage<HsdsOrganization> {
    return toPage(
      this.#directory.organizations.filter((organization) => matchesSearch(query.search, [organization.name, organization.description])),
      query,
    );
  }

  organization(id: string): HsdsOrganization | undefined {
    return this.#organizations.get(id);
  }

  serviceAtLocations(query: PageQuery, filters: RecordFilters = {}): HsdsPage<HsdsServiceAtLocationRecord> {
    const records = this.#directory.services
      .filter((service) => this.#serviceMatches(service, filters))
      .flatMap((service) =>
        service.service_at_locations
          .filter((link) => {
            const location = this.#locations.get(link.location_id);
            const address = location?.addresses[0];
            return matchesSearch(query.search, [...this.#serviceText(service), location?.name, address?.address_1, address?.city]);
          })
          .map((link) => this.#serviceAtLocationRecord(link, service)),
      );
    return toPage(records, query);
  }

  serviceAtLocation(id: string): HsdsServiceAtLocationRecord | undefined {
    for (const service of this.#directory.services) {
      const link = service.service_at_locations.find((candidate) => candidate.id === id);
      if (link) return this.#serviceAtLocationRecord(link, service);
    }
    return undefined;
  }

  taxonomies(query: PageQuery): HsdsPage<HsdsTaxonomy> {
    return toPage(
      this.#directory.taxonomies.filter((taxonomy) => matchesSearch(query.search, [taxonomy.name, taxonomy.description])),
      query,
    );
  }

  taxonomy(id: string): HsdsTaxonomy | undefined {
    return this.#directory.taxonomies.find((taxonomy) => taxonomy.id === id);
  }

  taxonomyTerms(query: PageQuery, filters: RecordFilters = {}): HsdsPage<HsdsTaxonomyTerm> {
    const terms = this.#directory.taxonomy_terms.filter(
      (term) =>
        (filters.taxonomy_id === undefined || term.taxonomy_id === filters.taxonomy_id) &&
        // The UPL is a flat list: no term has a parent.
        filters.parent_id === undefined &&
        matchesSearch(query.search, [term.code, term.name, term.description]),
    );
    return toPage(terms, query);
  }

  taxonomyTerm(id: string): HsdsTaxonomyTerm | undefined {
    return this.#directory.taxonomy_terms.find((term) => term.id === id);
  }

  #serviceMatches(service: HsdsService, { organization_id, taxonomy_id, taxonomy_term_id }: RecordFilters): boolean {
    return (
      (organization_id === undefined || service.organization_id === organization_id) &&
      (taxonomy_term_id === undefined || service.attributes.some((attribute) => attribute.taxonomy_term_id === taxonomy_term_id)) &&
      (taxonomy_id === undefined || service.attributes.some((attribute) => attribute.taxonomy_term.taxonomy_id === taxonomy_id))
    );
  }

  #serviceText(service: HsdsService): (string | undefined)[] {
    return [service.name, service.description, ...service.attributes.map((attribute) => attribute.taxonomy_term.name)];
  }

  #serviceListItem({
    phones: _phones,
    service_at_locations: _links,
    attributes: _attributes,
    ...service
  }: HsdsService): HsdsServiceListItem {
    const organization = this.#organizations.get(service.organization_id);
    return { ...service, ...(organization && { organization }) };
  }

  #withLocation(link: HsdsServiceAtLocation): HsdsServiceAtLocation & { location?: HsdsLocation } {
    const location = this.#locations.get(link.location_id);
    return { ...link, ...(location && { location }) };
  }

  #serviceAtLocationRecord(link: HsdsServiceAtLocation, service: HsdsService): HsdsServiceAtLocationRecord {
    return { ...this.#withLocation(link), service: this.#serviceListItem(service) };
  }
}
