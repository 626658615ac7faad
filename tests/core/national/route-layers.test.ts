/**
 * The route answer by layer: the table, a national product, or the tenant's general counter.
 */
import { describe, expect, it } from 'vitest';
import { shippedNationalIndex } from '../../../core/national/shipped-national-index';
import { createEngine } from '../../../core/routing/create-engine';
import { voorbeeldstad } from '../support/voorbeeldstad';

const content = voorbeeldstad();
const engine = createEngine(content);
const national = shippedNationalIndex();
const route = (question: string, lang: 'nl' | 'en' = 'nl') => engine.route(question, { national, lang });

describe('national advice', () => {
  it('sends "verblijfsvergunning verlengen voor mijn man" to the overheidsbreed loket with the product', () => {
    expect(route('verblijfsvergunning verlengen voor mijn man').advice).toEqual({
      basis: 'national',
      topicId: null,
      counterId: 'overheidsbreed-loket',
      digitalHelp: false,
      product: { name: 'verblijfsvergunning', uri: 'http://standaarden.overheid.nl/owms/terms/verblijfsvergunning' },
      reason: 'Landelijke regeling: verblijfsvergunning. Dit staat niet in onze taakverdeling; meestal helpt het Overheidsbreed loket.',
    });
  });

  it('does the same for the English residence permit question, with an English reason', () => {
    const { advice } = route('my husband needs to extend his residence permit', 'en');
    expect(advice).toMatchObject({ basis: 'national', counterId: 'overheidsbreed-loket', product: { name: 'verblijfsvergunning' } });
    expect(advice?.reason).toBe(
      'National matter: verblijfsvergunning. This is not in our division of tasks; usually the Overheidsbreed loket helps.',
    );
  });

  it('does not offer the municipal taxes for "motorrijtuigenbelasting te hoog"', () => {
    expect(route('motorrijtuigenbelasting te hoog').advice).toMatchObject({
      basis: 'national',
      product: { name: 'motorrijtuigenbelasting' },
    });
  });

  it('sends the resident who cannot do the online part to the IDO', () => {
    expect(route('ik moet wegenbelasting betalen maar ik heb geen computer').advice).toMatchObject({
      basis: 'national',
      counterId: 'ido',
      digitalHelp: true,
      product: { name: 'motorrijtuigenbelasting' },
    });
  });

  it('never sends a product that a topic covers to the national layer', () => {
    // "huurtoeslag" is a product only the Rijk provides; the toeslag topics name it.
    expect(route('huurtoeslag').advice).toMatchObject({ basis: 'table', topicId: expect.stringMatching(/^toeslag-/) });
    const uncovered = createEngine({ ...content, topics: content.topics.map(({ uplUris: _uris, ...topic }) => topic) });
    expect(uncovered.route('berichtenbox', { national }).advice?.basis).toBe('national');
    expect(route('berichtenbox').advice).toMatchObject({ basis: 'table', topicId: 'mijnoverheid' });
  });
});

describe('fallback advice', () => {
  it('sends a real question that neither the table nor the list answers to the Klantcontactcentrum', () => {
    expect(route('mijn buren maken elke nacht lawaai').advice).toEqual({
      basis: 'fallback',
      topicId: null,
      counterId: 'klantcontactcentrum',
      digitalHelp: false,
      product: null,
      reason: 'Dit staat niet in de taakverdeling. Het Klantcontactcentrum zoekt uit wie helpt.',
    });
    expect(route('my neighbours are noisy every night', 'en').advice?.reason).toBe(
      'This is not in the division of tasks. The Klantcontactcentrum finds out who can help.',
    );
  });

  it('sends products that only the gemeente provides and the table lacks to the fallback, never national', () => {
    expect(route('afvalkalender').advice).toMatchObject({ basis: 'fallback', counterId: 'klantcontactcentrum' });
  });

  it('gives no advice for random letters and empty questions', () => {
    expect(route('qwxz plok').advice).toBeNull();
    expect(route('   ').advice).toBeNull();
    expect(route('hallo').advice).toBeNull();
  });

  it('gives a tenant without the two settings no advice where it would have had national or fallback advice', () => {
    const bare = createEngine({ ...content, settings: { allowedOrigins: [] } });
    expect(bare.route('verblijfsvergunning verlengen', { national }).advice).toBeNull();
    expect(bare.route('mijn buren maken elke nacht lawaai', { national }).advice).toBeNull();
    expect(bare.route('ik heb schulden', { national }).advice).toMatchObject({ basis: 'table', topicId: 'schulden' });
  });
});

describe('generic words', () => {
  it('gives no table advice on a generic head whose modifier the table does not know', () => {
    // Before: "verblijfsvergunning" went to Burgerzaken by "vergunning"; "thuiswerkvergoeding" is in no list.
    expect(route('thuiswerkvergoeding aanvragen').advice?.basis).not.toBe('table');
    expect(route('verblijfsvergunning').advice?.basis).toBe('national');
  });

  it('still answers from the table when generic words are all the question says and nothing is unknown', () => {
    expect(route('belasting aangifte doen').advice).toMatchObject({ basis: 'table', topicId: 'belastingaangifte-online' });
  });
});

describe('couldUseNational', () => {
  it('is true only when the national list could change the answer', () => {
    expect(engine.couldUseNational('ik heb schulden')).toBe(false);
    expect(engine.couldUseNational('my husband needs to extend his residence permit')).toBe(true);
    expect(engine.couldUseNational('motorrijtuigenbelasting te hoog')).toBe(true);
    expect(engine.couldUseNational('qwxz plok')).toBe(false);
  });
});
