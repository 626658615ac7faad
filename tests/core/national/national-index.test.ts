import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import everydayWords from '../../../data/national/everyday-words.json';
import genericWords from '../../../data/national/generic-words.json';
import shipped from '../../../data/national/national-index.json';
import { EverydayWordsSchema } from '../../../core/national/everyday-words';
import { genericWordsOfList, MIN_PRODUCTS } from '../../../core/national/generic-words';
import { loadNationalIndex, serialiseNationalIndex, type SerialisedNationalIndex } from '../../../core/national/national-index';
import { parseUplTsv } from '../../../core/national/upl-products';

const products = parseUplTsv(readFileSync(new URL('../../../data/national/upl-2023-07.tsv', import.meta.url), 'utf8'));
const everyday = EverydayWordsSchema.parse(everydayWords);
const index = loadNationalIndex(shipped as SerialisedNationalIndex);

describe('the national product list', () => {
  it('reads all 1,121 products with their layers of government', () => {
    expect(products).toHaveLength(1121);
    expect(products.find((product) => product.name === 'motorrijtuigenbelasting')).toMatchObject({ layers: ['rijk'], forResidents: true });
    expect(products.find((product) => product.name === 'hondenbelasting')).toMatchObject({ layers: ['gemeente'] });
  });

  it('refuses a file without the columns it needs', () => {
    expect(() => parseUplTsv('naam\turi\nx\thttp://example.org')).toThrow(/lacks the columns/);
  });

  it('ships an index and generic words built from the shipped list (npm run data:national)', () => {
    expect(serialiseNationalIndex(products, everyday)).toEqual(shipped);
    const fromList = [...genericWordsOfList(products).keys()];
    expect(genericWords).toEqual([...new Set([...fromList, ...everyday.genericWords.nl, ...everyday.genericWords.en])]);
  });

  it('names only products of the list in the everyday words', () => {
    const names = new Set(products.map((product) => product.name));
    expect(everyday.products.map((entry) => entry.product).filter((name) => !names.has(name))).toEqual([]);
  });
});

describe('generic words from the list', () => {
  const generic = genericWordsOfList(products);

  it(`finds the words that qualify or head at least ${MIN_PRODUCTS} products, and not the subjects`, () => {
    for (const word of ['vergunning', 'belasting', 'vergoeding', 'lening', 'aangifte', 'certificaat', 'uitkering'])
      expect(generic.has(word)).toBe(true);
    for (const word of ['rijbewijs', 'paspoort', 'toeslag', 'motorrijtuigenbelasting', 'verblijfsvergunning'])
      expect(generic.has(word)).toBe(false);
  });

  it('marks the generic words in the index, the English ones from the everyday words too', () => {
    expect(index.isGeneric('vergunning')).toBe(true);
    expect(index.isGeneric('permit')).toBe(true);
    expect(index.isGeneric('verblijfsvergunning')).toBe(false);
  });
});

describe('findProduct', () => {
  it.each([
    ['verblijfsvergunning verlengen voor mijn man', 'verblijfsvergunning'],
    ['my husband needs to extend his residence permit', 'verblijfsvergunning'],
    ['motorrijtuigenbelasting te hoog', 'motorrijtuigenbelasting'],
    ['ik moet wegenbelasting betalen voor mijn nieuwe auto', 'motorrijtuigenbelasting'],
    ['hoe doe ik de btw aangifte', 'omzetbelasting'],
    ['inschrijven bij de KvK', 'handelsregister inschrijving'],
    ['wat staat er in mijn strafblad', 'strafblad inzage'],
    ['mijn oldtimer en de wegenbelasting', 'motorrijtuigenbelasting vrijstelling oldtimer'],
    ['klacht over de politie', 'politie klacht'],
  ])('finds the product that "%s" names', (question, product) => {
    expect(index.findProduct(question)?.product.name).toBe(product);
  });

  it('needs every distinctive word of a name: "vaarbewijs" alone names neither the small nor the large one by name', () => {
    expect(index.findProduct('groot vaarbewijs')?.product.name).toBe('groot vaarbewijs');
    // The everyday words point the bare word at the one residents mean.
    expect(index.findProduct('vaarbewijs')?.product.name).toBe('klein vaarbewijs');
  });

  it('finds nothing on generic words alone or on random letters', () => {
    expect(index.findProduct('ik wil een vergunning aanvragen')).toBeNull();
    expect(index.findProduct('qwxz plok')).toBeNull();
    expect(index.findProduct('')).toBeNull();
  });

  it('says which question words named the product and whether only the Rijk provides it', () => {
    expect(index.findProduct('wegenbelasting te hoog')).toMatchObject({ nationalOnly: true, words: ['wegenbelasting'] });
    expect(index.findProduct('hondenbelasting')).toMatchObject({ nationalOnly: false });
  });

  it('searches names for the admin, shortest first', () => {
    expect(index.search('motorrijtuigenbelasting', 3).map((product) => product.name)).toEqual([
      'motorrijtuigenbelasting',
      'kampeerautotarief motorrijtuigenbelasting',
      'motorrijtuigenbelasting vrijstelling oldtimer',
    ]);
    expect(index.search('   ')).toEqual([]);
  });
});

describe('loading the index', () => {
  it('loads in a few milliseconds and holds well under 1 MB', () => {
    const json = JSON.stringify(shipped);
    loadNationalIndex(JSON.parse(json) as SerialisedNationalIndex); // warm up the code paths
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const data = JSON.parse(json) as SerialisedNationalIndex;
      const start = performance.now();
      loadNationalIndex(data);
      times.push(performance.now() - start);
    }
    const best = Math.min(...times);
    console.info(`national index: load ${best.toFixed(2)} ms (best of 5), serialised ${(json.length / 1024).toFixed(0)} KiB`);
    // 5 ms is the budget on an idle machine; the bound leaves room for a busy 2-core CI machine.
    expect(best).toBeLessThan(25);
  });
});
