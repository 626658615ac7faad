import { describe, expect, it } from 'vitest';
import { toHsds } from '../../../core/io/hsds';
import { HsdsRecords, toPage } from '../../../core/io/hsds-api';
import { expectValidHsds, hsdsValidator } from '../support/hsds-schemas';
import { UPL, withUplProducts } from '../support/upl-topics';
import { voorbeeldstad } from '../support/voorbeeldstad';

const ajv = hsdsValidator();
const directory = toHsds(withUplProducts(voorbeeldstad()));
const records = new HsdsRecords(directory);
const ALL = { page: 1, perPage: 500 };

describe('toPage', () => {
  it('answers the Page of the HSDS API reference', () => {
    expect(toPage([1, 2, 3, 4, 5], { page: 2, perPage: 2 })).toEqual({
      total_items: 5,
      total_pages: 3,
      page_number: 2,
      size: 2,
      first_page: false,
      last_page: false,
      empty: false,
      contents: [3, 4],
    });
    expect(toPage([1, 2, 3, 4, 5], { page: 3, perPage: 2 })).toMatchObject({ size: 1, last_page: true, contents: [5] });
  });

  it('answers an empty page past the end and for no records', () => {
    expect(toPage([1], { page: 4, perPage: 2 })).toMatchObject({ total_pages: 1, size: 0, empty: true, last_page: true, contents: [] });
    expect(toPage([], { page: 1, perPage: 10 })).toMatchObject({
      total_items: 0,
      total_pages: 0,
      first_page: true,
      last_page: true,
      empty: true,
    });
  });
});

describe('HsdsRecords', () => {
  it('lists services with their one-to-one fields and organization, valid as HSDS services', () => {
    const page = records.services(ALL);
    expect(page.total_items).toBe(directory.services.length);
    for (const service of page.contents) {
      expect(service).not.toHaveProperty('phones');
      expect(service).not.toHaveProperty('service_at_locations');
      expect(service.organization?.id).toBe(service.organization_id);
      expectValidHsds(ajv, 'service.json', service);
    }
  });

  it('gives one service fully nested, with its locations, valid as an HSDS service', () => {
    const listed = directory.services.find((service) => service.service_at_locations.length > 1);
    const service = records.service(listed?.id ?? '');
    expect(service?.service_at_locations.every((link) => link.location?.id === link.location_id)).toBe(true);
    expect(service?.phones).toEqual(listed?.phones);
    expectValidHsds(ajv, 'service.json', service);
    expect(records.service('00000000-0000-5000-8000-000000000000')).toBeUndefined();
  });

  it('searches all words, ignoring case and accents', () => {
    const ido = directory.services[0];
    const found = records.services({ ...ALL, search: ido?.name.toUpperCase() });
    expect(found.contents.map((service) => service.id)).toContain(ido?.id);
    expect(records.services({ ...ALL, search: 'paspoort' }).contents.map((service) => service.name)).toEqual(['Burgerzaken']);
    expect(records.services({ ...ALL, search: 'zzzqqq' })).toMatchObject({ total_items: 0, empty: true });
  });

  it('filters services by organization, taxonomy and term', () => {
    const paspoort = directory.taxonomy_terms.find((term) => term.term_uri === UPL.paspoort);
    expect(records.services(ALL, { taxonomy_term_id: paspoort?.id }).contents.map((service) => service.name)).toEqual(['Burgerzaken']);
    expect(records.services(ALL, { taxonomy_id: directory.taxonomies[0]?.id }).total_items).toBe(2);
    const organization = directory.organizations[0];
    const ofOrganization = records.services(ALL, { organization_id: organization?.id }).contents;
    expect(ofOrganization.length).toBeGreaterThan(0);
    expect(ofOrganization.every((service) => service.organization_id === organization?.id)).toBe(true);
  });

  it('lists and finds organizations, valid as HSDS organizations', () => {
    expect(records.organizations(ALL).total_items).toBe(directory.organizations.length);
    for (const organization of records.organizations(ALL).contents) expectValidHsds(ajv, 'organization.json', organization);
    expect(records.organization(directory.organizations[1]?.id ?? '')).toEqual(directory.organizations[1]);
  });

  it('lists every service at every location, with both nested, valid as HSDS service_at_locations', () => {
    const links = directory.services.flatMap((service) => service.service_at_locations);
    const page = records.serviceAtLocations(ALL);
    expect(page.contents.map((record) => record.id)).toEqual(links.map((link) => link.id));
    for (const record of page.contents) {
      expect(record.location?.id).toBe(record.location_id);
      expect(record.service?.id).toBe(record.service_id);
      // The list shape nests a service_list record, which service_at_location.json does not describe.
      const { service: _service, ...link } = record;
      expectValidHsds(ajv, 'service_at_location.json', link);
      expectValidHsds(ajv, 'service.json', record.service);
    }
    expect(records.serviceAtLocation(links[0]?.id ?? '')?.id).toBe(links[0]?.id);
    const city = directory.locations[0]?.addresses[0]?.city ?? '';
    expect(records.serviceAtLocations({ ...ALL, search: city }).total_items).toBeGreaterThan(0);
  });

  it('lists the UPL taxonomy and its terms, filtered by taxonomy', () => {
    const upl = directory.taxonomies[0];
    expect(records.taxonomies(ALL).contents).toEqual([upl]);
    expect(records.taxonomy(upl?.id ?? '')).toEqual(upl);
    expect(records.taxonomyTerms(ALL, { taxonomy_id: upl?.id }).total_items).toBe(4);
    expect(records.taxonomyTerms(ALL, { taxonomy_id: 'other' }).total_items).toBe(0);
    expect(records.taxonomyTerms({ ...ALL, search: 'identiteitskaart' }).contents.map((term) => term.term_uri)).toEqual([
      UPL.identiteitskaart,
    ]);
    const term = directory.taxonomy_terms[0];
    expect(records.taxonomyTerm(term?.id ?? '')).toEqual(term);
  });
});
