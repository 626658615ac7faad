import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import type { Bundle } from '../../../../core/bundle/bundle';
import { compileBundle } from '../../../../core/bundle/compile-bundle';
import { engineFromBundle } from '../../../../core/bundle/engine-from-bundle';
import { parseQuestionsTsv } from '../../../../core/io/questions-tsv';
import type { Engine } from '../../../../core/routing/engine';
import { voorbeeldstad } from '../../support/voorbeeldstad';

export const content = voorbeeldstad();
export const meta = { version: 3, publishedAt: '2025-01-15T10:00:00.000Z' };
// "deurwaarder" is only a keyword of the debts topic: it routes only with the keywords indexed.
export const devQuestions = [
  ...parseQuestionsTsv(readFileSync(new URL('../../../fixtures/questions.dev.tsv', import.meta.url), 'utf8')).map(
    ({ question }) => question,
  ),
  'deurwaarder',
];

/** As the worker stores it: through JSON. */
export function overTheWire(bundle: Bundle): Bundle {
  return JSON.parse(JSON.stringify(bundle)) as Bundle;
}

export const fullBundle = overTheWire(compileBundle(content, meta));
export const fullEngine = engineFromBundle(fullBundle);

/** Routes the dev questions, suggests and advises on every topic as the full bundle's engine does. */
export function expectSameRouting(engine: Engine): void {
  for (const question of devQuestions) {
    expect(engine.route(question), question).toEqual(fullEngine.route(question));
    expect(engine.route(question, { lang: 'en' }), question).toEqual(fullEngine.route(question, { lang: 'en' }));
  }
  for (const prefix of ['pa', 'toesl', 'digid ak', 'schuld']) expect(engine.suggest(prefix), prefix).toEqual(fullEngine.suggest(prefix));
  for (const { id } of content.topics) {
    expect(engine.adviseTopic(id), id).toEqual(fullEngine.adviseTopic(id));
    expect(engine.adviseTopic(id, { lang: 'en', digitalHelp: true }), id).toEqual(
      fullEngine.adviseTopic(id, { lang: 'en', digitalHelp: true }),
    );
  }
}
