/**
 * The tenant's directory (counters and locations with opening hours) as Open Referral HSDS 3.0
 * JSON, so other directories (sociale kaart, the library's IDO registration) can take it over.
 *
 * Mapping: each counter is a service; counters are grouped into organizations by their
 * `organisation` (the municipality when empty); each location is a physical location with one
 * address; a counter at a location is a service_at_location; each opening-hours line is a weekly
 * schedule on its location; the UPL products of the topics are terms of the taxonomy `UPL` (hsds-upl.ts).
 * Ids are UUIDv5 of tenant + kind + our id, so they stay the same from
 * one export to the next.
 */
import { v5 as uuidV5 } from 'uuid';
import type { Content, Counter, Day, Location } from '../content/schema';
import { SHORT_DAYS } from '../hours/format-week-hours';
import { uplTaxonomy, type HsdsAttribute, type HsdsTaxonomy, type HsdsTaxonomyTerm } from './hsds-upl';

/** Ours is derived once from RFC 9562's namespace for URLs. */
const LOKETWIJZER_NAMESPACE = uuidV5('https://loketwijzer.nl/hsds', uuidV5.URL);

export interface HsdsPhone {
  id: string;
  service_id: string;
  number: string;
  type: 'voice';
}

export interface HsdsServiceAtLocation {
  id: string;
  service_id: string;
  location_id: string;
}

export interface HsdsService {
  id: string;
  organization_id: string;
  name: string;
  description: string;
  status: 'active';
  application_process: string;
  url?: string;
  email?: string;
  phones: HsdsPhone[];
  service_at_locations: HsdsServiceAtLocation[];
  /** The UPL products its topics cover, as terms of the taxonomy `UPL`. */
  attributes: HsdsAttribute[];
}

export interface HsdsOrganization {
  id: string;
  name: string;
  description: string;
}

export interface HsdsAddress {
  id: string;
  location_id: string;
  address_1: string;
  city: string;
  /** Left out when the tenant does not record its province: an invented or empty one would mislead. */
  state_province?: string;
  postal_code: string;
  country: 'NL';
  address_type: 'physical';
}

export interface HsdsSchedule {
  id: string;
  location_id: string;
  freq: 'WEEKLY';
  wkst: 'MO';
  byday: string;
  opens_at: string;
  closes_at: string;
  description: string;
}

export interface HsdsAccessibility {
  id: string;
  location_id: string;
  description: string;
}

export interface HsdsLocation {
  id: string;
  location_type: 'physical';
  name: string;
  addresses: HsdsAddress[];
  schedules: HsdsSchedule[];
  accessibility: HsdsAccessibility[];
}

export interface HsdsDirectory {
  /** The HSDS version the objects follow. */
  version: '3.0';
  organizations: HsdsOrganization[];
  services: HsdsService[];
  locations: HsdsLocation[];
  taxonomies: HsdsTaxonomy[];
  taxonomy_terms: HsdsTaxonomyTerm[];
}

const BYDAY: Record<Day, string> = { mo: 'MO', tu: 'TU', we: 'WE', th: 'TH', fr: 'FR', sa: 'SA', su: 'SU' };

const APPLICATION_PROCESS: Record<Counter['appointment'], string> = {
  'not-needed': 'U hoeft geen afspraak te maken. Kom langs tijdens de openingstijden.',
  required: 'Maak eerst een afspraak.',
  'walk-in-or-appointment': 'Kom langs tijdens de openingstijden of maak een afspraak.',
  'phone-or-online': 'Bel of regel het online.',
};

function locationToHsds(location: Location, province: string | undefined, id: (...parts: string[]) => string): HsdsLocation {
  const locationId = id('location', location.id);
  return {
    id: locationId,
    location_type: 'physical',
    name: location.name,
    addresses: [
      {
        id: id('address', location.id),
        location_id: locationId,
        address_1: location.address.street,
        city: location.address.city,
        ...(province && { state_province: province }),
        postal_code: location.address.postalCode,
        country: 'NL',
        address_type: 'physical',
      },
    ],
    schedules: location.hours.map((hours, index) => ({
      id: id('schedule', location.id, String(index)),
      location_id: locationId,
      freq: 'WEEKLY',
      wkst: 'MO',
      byday: hours.days.map((day) => BYDAY[day]).join(','),
      // Local times: a fixed UTC offset, as HSDS suggests, would be wrong for half of the year.
      opens_at: hours.opens,
      closes_at: hours.closes,
      description: `Open op ${hours.days.map((day) => SHORT_DAYS.nl[day]).join(', ')} van ${hours.opens} tot ${hours.closes} uur (Nederlandse tijd).`,
    })),
    accessibility: location.accessibility
      ? [{ id: id('accessibility', location.id), location_id: locationId, description: location.accessibility }]
      : [],
  };
}

function counterToHsds(
  counter: Counter,
  organizationId: string,
  attributes: HsdsAttribute[],
  id: (...parts: string[]) => string,
): HsdsService {
  const serviceId = id('service', counter.id);
  return {
    id: serviceId,
    organization_id: organizationId,
    name: counter.name,
    description: counter.summary,
    status: 'active',
    application_process: APPLICATION_PROCESS[counter.appointment],
    ...(counter.website && { url: counter.website }),
    ...(counter.email && { email: counter.email }),
    phones: counter.phone ? [{ id: id('phone', counter.id), service_id: serviceId, number: counter.phone, type: 'voice' }] : [],
    service_at_locations: counter.locationIds.map((locationId) => ({
      id: id('service_at_location', counter.id, locationId),
      service_id: serviceId,
      location_id: id('location', locationId),
    })),
    attributes,
  };
}

export function toHsds(content: Pick<Content, 'tenant' | 'counters' | 'locations' | 'topics'>): HsdsDirectory {
  const id = (...parts: string[]) => uuidV5([content.tenant.id, ...parts].join('/'), LOKETWIJZER_NAMESPACE);

  const countersByOrganization = new Map<string, Counter[]>();
  for (const counter of content.counters) {
    const name = counter.organisation?.trim() || content.tenant.name;
    countersByOrganization.set(name, [...(countersByOrganization.get(name) ?? []), counter]);
  }
  const organizations = [...countersByOrganization].map(([name, counters]) => ({
    id: id('organization', name),
    name,
    description: `Loketten van ${name} in de wegwijzer van ${content.tenant.name}: ${counters.map((c) => c.name).join(', ')}.`,
  }));
  const organizationOf = new Map(
    [...countersByOrganization].flatMap(([name, counters]) => counters.map((counter) => [counter.id, id('organization', name)] as const)),
  );

  const upl = uplTaxonomy(content, id, (counterId) => id('service', counterId));

  return {
    version: '3.0',
    organizations,
    services: content.counters.map((counter) =>
      counterToHsds(counter, organizationOf.get(counter.id) ?? '', upl.attributesByCounter.get(counter.id) ?? [], id),
    ),
    locations: content.locations.map((location) => locationToHsds(location, content.tenant.province, id)),
    taxonomies: [upl.taxonomy],
    taxonomy_terms: upl.terms,
  };
}
