/**
 * The "done when" of issue 11: every product for residents that only the Rijk provides, asked by
 * its bare name, goes to the national counter or the IDO; every one that only the gemeente
 * provides goes to a municipal counter or the fallback. At least 95% each, none to the wrong layer.
 */
import { readFileSync } from 'node:fs';
import type { Advice } from '../../../core/api/route-response';
import { describe, expect, it } from 'vitest';
import { isNationalOnly } from '../../../core/national/national-only';
import { parseUplTsv, type UplProduct } from '../../../core/national/upl-products';
import { shippedNationalIndex } from '../../../core/national/shipped-national-index';
import { createEngine } from '../../../core/routing/create-engine';
import { voorbeeldstad } from '../support/voorbeeldstad';

const content = voorbeeldstad();
const engine = createEngine(content);
const national = shippedNationalIndex();
const products = parseUplTsv(readFileSync(new URL('../../../data/national/upl-2023-07.tsv', import.meta.url), 'utf8'));
const forResidents = products.filter((product) => product.forResidents);
const rijkOnly = forResidents.filter(isNationalOnly);
const gemeenteOnly = forResidents.filter((product) => product.layers.length === 1 && product.layers[0] === 'gemeente');

const kindOf = new Map(content.counters.map((counter) => [counter.id, counter.kind]));
const nationalCounters = new Set(['overheidsbreed-loket', 'ido']);
const isMunicipal = (counterId: string) => kindOf.get(counterId) === 'gemeente-balie' || kindOf.get(counterId) === 'sociaal-loket';

function askByName(list: readonly UplProduct[], right: (counterId: string) => boolean, wrong: (advice: Advice) => boolean) {
  const rightOnes: string[] = [];
  const wrongOnes: string[] = [];
  const other: string[] = [];
  for (const product of list) {
    const { advice, clarify } = engine.route(product.name, { national });
    const got = advice === null ? (clarify ? 'clarify' : 'no advice') : `${advice.basis} → ${advice.counterId}`;
    if (advice !== null && right(advice.counterId)) rightOnes.push(product.name);
    else if (advice !== null && wrong(advice)) wrongOnes.push(`  ${product.name}: ${got}`);
    else other.push(`  ${product.name}: ${got}`);
  }
  return { share: rightOnes.length / list.length, wrongOnes, other };
}

describe('a product of the national list asked by its bare name', () => {
  it('goes to the national counter or the IDO when only the Rijk provides it', { timeout: 60_000 }, () => {
    // The honest fallback is not a wrong layer; a municipal desk from the table is.
    const result = askByName(
      rijkOnly,
      (id) => nationalCounters.has(id),
      (advice) => advice.basis === 'table' && isMunicipal(advice.counterId),
    );
    console.info(
      `Rijk only (${rijkOnly.length}): ${(result.share * 100).toFixed(1)}% right, ${result.wrongOnes.length} wrong layer\n${[...result.wrongOnes, ...result.other].join('\n')}`,
    );
    expect(result.wrongOnes).toEqual([]);
    expect(result.share).toBeGreaterThanOrEqual(0.95);
  });

  it('goes to a municipal counter or the fallback when only the gemeente provides it', { timeout: 60_000 }, () => {
    const result = askByName(gemeenteOnly, isMunicipal, (advice) => advice.basis === 'national' || nationalCounters.has(advice.counterId));
    console.info(
      `gemeente only (${gemeenteOnly.length}): ${(result.share * 100).toFixed(1)}% right, ${result.wrongOnes.length} wrong layer\n${[...result.wrongOnes, ...result.other].join('\n')}`,
    );
    expect(result.wrongOnes).toEqual([]);
    expect(result.share).toBeGreaterThanOrEqual(0.95);
  });
});
