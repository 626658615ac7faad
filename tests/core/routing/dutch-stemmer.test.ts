/**
 * The engine's own Dutch stemmer must give exactly the stems of the Snowball code it replaces
 * (@orama/stemmers): a serialised index and the questions are read with the same stems, and
 * the accuracy sets were tuned on them. Checked on every word of the content, the question
 * sets and the synthetic tenant, those words with Dutch endings added, and random words.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { stemmer as snowballDutch } from '@orama/stemmers/dutch';
import { describe, expect, it } from 'vitest';
import { dutchStem } from '../../../core/routing/dutch-stemmer';
import { toWords } from '../../../core/routing/normalise';
import { seededRandom } from '../../../bench/synthetic-content';

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');
const fixtureTexts = ['../../fixtures/', './fixtures/'].flatMap((folder) =>
  readdirSync(new URL(folder, import.meta.url))
    .filter((name) => /\.(?:tsv|txt)$/.test(name))
    .map((name) => read(`${folder}${name}`)),
);
const texts = [read('../../../data/voorbeeldstad.json'), read('../../../bench/synthetic-content.ts'), ...fixtureTexts];
const ENDINGS = ['', 'en', 'ene', 's', 'se', 'e', 'heid', 'heden', 'ing', 'end', 'ig', 'lijk', 'baar', 'bar', 'ige', 'lijke', 'tje', 'er', 't', 'd', 'ingen'];

function randomWords(count: number): string[] {
  const random = seededRandom(20261128);
  const letters = 'aaeeiioouuyybcdfghjklmnprstvwz';
  return Array.from({ length: count }, () =>
    Array.from({ length: 1 + Math.floor(random() * 12) }, () => letters[Math.floor(random() * letters.length)]).join(''),
  );
}

describe('dutchStem', () => {
  it('gives the stems of the Snowball Dutch stemmer', () => {
    const words = new Set([...new Set(texts.flatMap((text) => toWords(text)))].flatMap((word) => ENDINGS.map((ending) => word + ending)));
    for (const word of randomWords(60_000)) words.add(word);
    const different = [...words].filter((word) => dutchStem(word) !== snowballDutch(word));
    expect(different.slice(0, 20).map((word) => `${word}: ${dutchStem(word)} ≠ ${snowballDutch(word)}`)).toEqual([]);
    expect(words.size).toBeGreaterThan(70_000);
  });

  it('stems the usual endings', () => {
    expect(['schulden', 'afspraak', 'huisbaas', 'verhuizing', 'mogelijkheden'].map(dutchStem)).toEqual(
      ['schuld', 'afsprak', 'huisbas', 'verhuiz', 'mogelijk'],
    );
  });
});
