import { describe, expect, it } from 'vitest';
import { toHsds } from '../../../core/io/hsds';
import { expectValidHsds, hsdsValidator } from '../support/hsds-schemas';
import { UPL, withoutUplProducts, withUplProducts } from '../support/upl-topics';
import { voorbeeldstad } from '../support/voorbeeldstad';

const ajv = hsdsValidator();
const directory = toHsds(voorbeeldstad());

function expectValid(schema: string, value: unknown): void {
  expectValidHsds(ajv, schema, value);
}

describe('the HSDS 3.0 schemas in tests/fixtures/hsds', () => {
  it('reject what HSDS forbids, so a pass means something', () => {
    const service = directory.services[0];
    const validate = ajv.getSchema('service.json');
    expect(validate?.({ ...service, status: 'open' })).toBe(false);
    expect(validate?.({ ...service, phones: [{ id: 'not-a-uuid', number: '1' }] })).toBe(false);
  });
});

describe('toHsds', () => {
  it('exports every organization as a valid HSDS 3.0 organization', () => {
    expect(directory.organizations.length).toBeGreaterThan(1);
    for (const organization of directory.organizations) expectValid('organization.json', organization);
  });

  it('exports one valid HSDS 3.0 service per counter, with phones and service_at_locations', () => {
    expect(directory.services.map((service) => service.name)).toEqual(voorbeeldstad().counters.map((counter) => counter.name));
    for (const service of directory.services) expectValid('service.json', service);
    const ido = directory.services[0];
    expect(ido?.phones).toEqual([expect.objectContaining({ number: '0999 123 400', type: 'voice' })]);
    expect(ido?.service_at_locations).toHaveLength(2);
  });

  it('exports every location as a valid HSDS 3.0 location with a physical address and weekly schedules', () => {
    for (const location of directory.locations) expectValid('location.json', location);
    const centrum = directory.locations.find((location) => location.name === 'Bibliotheek Voorbeeldstad Centrum');
    expect(centrum?.addresses).toEqual([
      expect.objectContaining({
        address_1: 'Marktplein 12',
        postal_code: '9999 AB',
        city: 'Voorbeeldstad',
        country: 'NL',
        address_type: 'physical',
      }),
    ]);
    expect(centrum?.schedules).toEqual([
      expect.objectContaining({ freq: 'WEEKLY', byday: 'MO,TU,WE,TH,FR', opens_at: '10:00', closes_at: '17:30' }),
      expect.objectContaining({ freq: 'WEEKLY', byday: 'SA', opens_at: '10:00', closes_at: '14:00' }),
    ]);
  });

  it('links services to locations and organizations by ids that exist', () => {
    const locationIds = new Set(directory.locations.map((location) => location.id));
    const organizationIds = new Set(directory.organizations.map((organization) => organization.id));
    for (const service of directory.services) {
      expect(organizationIds).toContain(service.organization_id);
      for (const link of service.service_at_locations) {
        expect(locationIds).toContain(link.location_id);
        expect(link.service_id).toBe(service.id);
      }
    }
  });

  it('gives the same UUIDs on every export, and unique ones', () => {
    expect(toHsds(voorbeeldstad())).toEqual(directory);
    const ids = [
      ...directory.organizations.map((o) => o.id),
      ...directory.services.flatMap((s) => [s.id, ...s.phones.map((p) => p.id), ...s.service_at_locations.map((l) => l.id)]),
      ...directory.locations.flatMap((l) => [
        l.id,
        ...l.addresses.map((a) => a.id),
        ...l.schedules.map((s) => s.id),
        ...l.accessibility.map((a) => a.id),
      ]),
    ];
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('gives another tenant other UUIDs for the same ids', () => {
    const content = voorbeeldstad();
    const other = toHsds({ ...content, tenant: { ...content.tenant, id: 'andere-stad' } });
    expect(other.services[0]?.id).not.toBe(directory.services[0]?.id);
  });
});

describe('toHsds: province', () => {
  it('fills state_province with the tenant’s province', () => {
    expect(voorbeeldstad().tenant.province).toBe('Groningen');
    for (const location of directory.locations) expect(location.addresses[0]?.state_province).toBe('Groningen');
  });

  it('leaves state_province out, never empty, when the tenant records no province', () => {
    const content = voorbeeldstad();
    const { province: _province, ...tenant } = content.tenant;
    for (const location of toHsds({ ...content, tenant }).locations) {
      expect(location.addresses[0]).not.toHaveProperty('state_province');
    }
  });
});

describe('toHsds: UPL products', () => {
  const withProducts = toHsds(withUplProducts(voorbeeldstad()));

  it('has the taxonomy UPL, with one valid term per product the topics name', () => {
    expect(withProducts.taxonomies.map((taxonomy) => taxonomy.name)).toEqual(['UPL']);
    for (const taxonomy of withProducts.taxonomies) expectValid('taxonomy.json', taxonomy);
    expect(withProducts.taxonomy_terms.map((term) => term.term_uri).sort()).toEqual(Object.values(UPL).sort());
    for (const term of withProducts.taxonomy_terms) {
      expectValid('taxonomy_term.json', term);
      expect(term.taxonomy_id).toBe(withProducts.taxonomies[0]?.id);
    }
    expect(withProducts.taxonomy_terms.find((term) => term.term_uri === UPL.paspoort)).toMatchObject({
      code: 'paspoort',
      name: 'paspoort',
    });
  });

  it('puts each product on the service of the counter whose topic names it, once', () => {
    const burgerzaken = withProducts.services.find(
      (service) => service.name === voorbeeldstad().counters.find((c) => c.id === 'burgerzaken')?.name,
    );
    expect(burgerzaken?.attributes.map((attribute) => attribute.taxonomy_term.term_uri).sort()).toEqual(
      [UPL.identiteitskaart, UPL.paspoort, UPL.rijbewijs].sort(),
    );
    for (const service of withProducts.services) {
      expectValid('service.json', service);
      for (const attribute of service.attributes) expect(attribute.link_id).toBe(service.id);
    }
  });

  it('has an empty UPL taxonomy when no topic names a product', () => {
    const bare = toHsds(withoutUplProducts(voorbeeldstad()));
    expect(bare.taxonomy_terms).toEqual([]);
    expect(bare.services.every((service) => service.attributes.length === 0)).toBe(true);
  });
});
