/**
 * Questions that no row of the example table covers, as residents phrase them (fixtures/
 * out-of-table.tsv, written before any tuning of the national layer). A national question is
 * useful when it gets the national counter with the expected product; a municipal one when it
 * gets an answer that does not send it to the national layer. A wrong layer is a national
 * question sent to a municipal counter, or a municipal question sent to the national layer.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { shippedNationalIndex } from '../../../core/national/shipped-national-index';
import { createEngine } from '../../../core/routing/create-engine';
import { voorbeeldstad } from '../support/voorbeeldstad';

const content = voorbeeldstad();
const engine = createEngine(content);
const national = shippedNationalIndex();
const nationalCounterId = content.settings?.nationalCounterId;
const municipalCounters = new Set(
  content.counters.filter((counter) => counter.kind === 'gemeente-balie' || counter.kind === 'sociaal-loket').map((counter) => counter.id),
);

interface OutOfTableQuestion {
  question: string;
  layer: 'national' | 'municipal';
  products: string[];
}

const questions: OutOfTableQuestion[] = readFileSync(new URL('fixtures/out-of-table.tsv', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((row) => {
    const [question = '', layer = '', products = ''] = row.split('\t');
    return { question, layer: layer as OutOfTableQuestion['layer'], products: products.split('|').filter(Boolean) };
  });

function measure() {
  let useful = 0;
  const wrongLayer: string[] = [];
  const notUseful: string[] = [];
  for (const { question, layer, products } of questions) {
    const { advice } = engine.route(question, { national });
    const got = advice === null ? 'no advice' : `${advice.basis} ${advice.counterId} ${advice.product?.name ?? advice.topicId ?? ''}`;
    if (layer === 'national') {
      if (advice?.basis === 'national' && products.includes(advice.product?.name ?? '')) useful++;
      else notUseful.push(`  national "${question}": ${got}`);
      if (advice !== null && advice.basis !== 'national' && municipalCounters.has(advice.counterId))
        wrongLayer.push(`  national "${question}": ${got}`);
    } else {
      const wrong = advice !== null && (advice.basis === 'national' || advice.counterId === nationalCounterId);
      if (wrong) wrongLayer.push(`  municipal "${question}": ${got}`);
      if (advice !== null && !wrong) useful++;
      else notUseful.push(`  municipal "${question}": ${got}`);
    }
  }
  return { useful: useful / questions.length, wrongLayer, notUseful };
}

describe('questions outside the table', () => {
  it('holds at least 60 questions of residents, national and municipal', () => {
    expect(questions.length).toBeGreaterThanOrEqual(60);
    expect(questions.filter((q) => q.layer === 'national').length).toBeGreaterThanOrEqual(20);
    expect(questions.filter((q) => q.layer === 'municipal').length).toBeGreaterThanOrEqual(20);
  });

  it('sends almost none to the wrong layer of government and answers most usefully', () => {
    const result = measure();
    console.info(
      `out-of-table set (${questions.length}): useful ${(result.useful * 100).toFixed(1)}%, wrong layer ${result.wrongLayer.length}` +
        `\nwrong layer:\n${result.wrongLayer.join('\n')}\nnot useful:\n${result.notUseful.join('\n')}`,
    );
    expect(result.wrongLayer.length / questions.length).toBeLessThanOrEqual(0.05);
    expect(result.useful).toBeGreaterThanOrEqual(0.8);
  });
});
