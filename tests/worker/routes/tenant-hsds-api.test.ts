import { beforeAll, describe, expect, it } from 'vitest';
import type { Content } from '../../../core/content/schema';
import { toHsds } from '../../../core/io/hsds';
import { HsdsRecords } from '../../../core/io/hsds-api';
import { fetchWorker } from '../support/fetch-worker';
import { publish, voorbeeldstad } from '../support/voorbeeldstad';

const API = '/api/v1/tenants/voorbeeldstad/hsds';
const PASPOORT = 'http://standaarden.overheid.nl/owms/terms/paspoort';

/** Voorbeeldstad with one topic that names a UPL product (data/voorbeeldstad.json names more). */
function withPaspoort(): Content {
  const content = voorbeeldstad();
  return {
    ...content,
    topics: content.topics.map(({ uplUris: _uris, ...topic }) =>
      topic.id === 'paspoort-id-kaart' ? { ...topic, uplUris: [PASPOORT] } : topic,
    ),
  };
}

const directory = toHsds(withPaspoort());
const records = new HsdsRecords(directory);

async function getJson<T>(path: string): Promise<{ status: number; body: T; headers: Headers }> {
  const res = await fetchWorker(`${API}${path}`, { headers: { Origin: 'https://socialekaart.example' } });
  return { status: res.status, body: await res.json<T>(), headers: res.headers };
}

beforeAll(async () => {
  await publish(withPaspoort());
});

describe('GET /api/v1/tenants/{tenant}/hsds/', () => {
  it('names the HSDS version, the profile and the OpenAPI document', async () => {
    const { status, body } = await getJson('/');
    expect(status).toBe(200);
    expect(body).toEqual({
      version: '3.0',
      profile: 'https://github.com/openreferral/specification/tree/3.0',
      openapi_url: 'http://loketwijzer.test/api/v1/openapi.json',
    });
  });

  it('keeps GET …/hsds as the whole export', async () => {
    const res = await fetchWorker(API);
    expect(await res.json()).toEqual(directory);
  });
});

describe('the HSDS list paths', () => {
  it.each(['services', 'organizations', 'service_at_locations', 'taxonomies', 'taxonomy_terms'])(
    'answers /%s as a Page, to anyone, cached for a minute',
    async (path) => {
      const { status, body, headers } = await getJson<Record<string, unknown>>(`/${path}`);
      expect(status).toBe(200);
      expect(Object.keys(body).sort()).toEqual(
        ['contents', 'empty', 'first_page', 'last_page', 'page_number', 'size', 'total_items', 'total_pages'].sort(),
      );
      expect(body).toMatchObject({ page_number: 1, first_page: true });
      expect(headers.get('Access-Control-Allow-Origin')).toBe('*');
      expect(headers.get('Cache-Control')).toBe('public, max-age=60');
    },
  );

  it('pages with page and per_page', async () => {
    const { body } = await getJson(`/services?page=2&per_page=3`);
    expect(body).toEqual(records.services({ page: 2, perPage: 3 }));
    expect(body).toMatchObject({ page_number: 2, size: 3, first_page: false, total_items: directory.services.length });
  });

  it('searches with search and filters services by UPL term', async () => {
    const term = directory.taxonomy_terms[0];
    const { body } = await getJson<{ contents: { name: string }[] }>(`/services?taxonomy_term_id=${term?.id}`);
    expect(body.contents.map((service) => service.name)).toEqual(['Burgerzaken']);
    const searched = await getJson<{ total_items: number }>(`/organizations?search=${encodeURIComponent('gemeente voorbeeldstad')}`);
    expect(searched.body).toEqual(records.organizations({ page: 1, perPage: 50, search: 'gemeente voorbeeldstad' }));
    expect(searched.body.total_items).toBeGreaterThan(0);
  });

  it('lists the UPL products of the topics as terms of the taxonomy UPL', async () => {
    const taxonomies = await getJson<{ contents: { id: string; name: string }[] }>('/taxonomies');
    expect(taxonomies.body.contents.map((taxonomy) => taxonomy.name)).toEqual(['UPL']);
    const terms = await getJson<{ contents: { term_uri: string }[] }>(`/taxonomy_terms?taxonomy_id=${taxonomies.body.contents[0]?.id}`);
    expect(terms.body.contents.map((term) => term.term_uri)).toEqual([PASPOORT]);
  });

  it.each([['page=0'], ['per_page=0'], ['per_page=501'], ['page=een']])('refuses %s with 400 invalid_request', async (query) => {
    const { status, body } = await getJson<{ error: { code: string } }>(`/services?${query}`);
    expect(status).toBe(400);
    expect(body.error.code).toBe('invalid_request');
  });
});

describe('the HSDS record paths', () => {
  it('answers each record by its id, as the core makes it', async () => {
    const service = directory.services[0];
    const link = service?.service_at_locations[0];
    const organization = directory.organizations[0];
    const taxonomy = directory.taxonomies[0];
    const term = directory.taxonomy_terms[0];
    expect((await getJson(`/services/${service?.id}`)).body).toEqual(records.service(service?.id ?? ''));
    expect((await getJson(`/organizations/${organization?.id}`)).body).toEqual(organization);
    expect((await getJson(`/service_at_locations/${link?.id}`)).body).toEqual(records.serviceAtLocation(link?.id ?? ''));
    expect((await getJson(`/taxonomies/${taxonomy?.id}`)).body).toEqual(taxonomy);
    expect((await getJson(`/taxonomy_terms/${term?.id}`)).body).toEqual(term);
  });

  it('returns 404 record_not_found for an unknown id, and tenant_not_found for an unknown tenant', async () => {
    const missing = await getJson<{ error: { code: string } }>('/services/00000000-0000-5000-8000-000000000000');
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('record_not_found');
    const res = await fetchWorker('/api/v1/tenants/nergenshuizen/hsds/services');
    expect(res.status).toBe(404);
    expect((await res.json<{ error: { code: string } }>()).error.code).toBe('tenant_not_found');
  });
});
