import { readdirSync, readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { toHsds } from '../../../core/io/hsds';
import { voorbeeldstad } from '../support/voorbeeldstad';

const SCHEMA_DIR = new URL('../../fixtures/hsds/', import.meta.url);

/** The HSDS 3.0 per-table schemas, each under its file name, so their relative $refs resolve. */
function hsdsValidator(): Ajv2020 {
  // strict: false, because the schemas carry Open Referral's own keywords (core, constraints…).
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  for (const file of readdirSync(SCHEMA_DIR).filter((name) => name.endsWith('.json'))) {
    ajv.addSchema(JSON.parse(readFileSync(new URL(file, SCHEMA_DIR), 'utf8')), file);
  }
  return ajv;
}

const ajv = hsdsValidator();
const directory = toHsds(voorbeeldstad());

function expectValid(schema: string, value: unknown): void {
  const validate = ajv.getSchema(schema);
  if (!validate) throw new Error(`no schema ${schema}`);
  const valid = validate(value);
  expect(validate.errors ?? [], JSON.stringify(value).slice(0, 200)).toEqual([]);
  expect(valid).toBe(true);
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
      expect.objectContaining({ address_1: 'Marktplein 12', postal_code: '9999 AB', city: 'Voorbeeldstad', country: 'NL', address_type: 'physical' }),
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
      ...directory.locations.flatMap((l) => [l.id, ...l.addresses.map((a) => a.id), ...l.schedules.map((s) => s.id), ...l.accessibility.map((a) => a.id)]),
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
