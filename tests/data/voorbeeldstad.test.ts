/**
 * The example tenant in data/ is the shared Voorbeeldstad table with richer keywords. The
 * division of tasks itself (which counter handles which topic) must stay exactly as shared.
 */
import { describe, expect, it } from 'vitest';
import { parseContent } from '../../core/content/parse-content';
import data from '../../data/voorbeeldstad.json';
import { createEngine } from '../../core/routing/create-engine';
import { labelledQuestions } from '../core/routing/support/question-sets';

/** Topic id, counter and digital-help counter of every row in the shared table, in order. */
const SHARED_TABLE = `
digid-aanvragen ido
digid-activeren ido
digid-app ido
digid-inloggen ido
digid-machtigen ido
mijnoverheid ido
email-account ido
online-formulier ido
online-afspraak ido
cursus-digitale-vaardigheden ido
belastingaangifte-online ido
belastingdienst-eigen-aanslag overheidsbreed-loket
toeslag-aanvragen ido
toeslag-wijziging ido
toeslag-terugbetalen overheidsbreed-loket
ww-aanvragen ido
werk-nl-inschrijven ido
uwv-eigen-uitkering overheidsbreed-loket
aow-aanvragen ido
kinderbijslag-aanvragen ido
svb-eigen-uitkering overheidsbreed-loket
pensioenoverzicht ido
studiefinanciering-aanvragen ido
studieschuld overheidsbreed-loket
cak-eigen-bijdrage overheidsbreed-loket
cjib-boete overheidsbreed-loket
meerdere-instanties overheidsbreed-loket
rdw-auto ido
paspoort-id-kaart burgerzaken ido
rijbewijs burgerzaken ido
verhuizing burgerzaken ido
uittreksel-brp burgerzaken ido
geboorte-overlijden-huwelijk burgerzaken
vog burgerzaken ido
parkeervergunning burgerzaken ido
gemeentelijke-belastingen belastingen-gemeente
woz-bezwaar belastingen-gemeente
kwijtschelding belastingen-gemeente
wmo-hulp-thuis sociaal-loket
wmo-hulpmiddelen sociaal-loket
schulden sociaal-loket
mantelzorg sociaal-loket
jeugd-opvoeden sociaal-loket
eenzaamheid sociaal-loket
formulierenhulp sociaal-loket
bijstand werk-inkomen ido
bijzondere-bijstand werk-inkomen
minimaregelingen werk-inkomen
werk-zoeken-bijstand werk-inkomen
lezen-schrijven taalhuis
nederlands-leren taalhuis
juridisch-advies juridisch-loket
`
  .trim()
  .split('\n')
  .map((row) => {
    const [id, counter, digitalHelp] = row.split(' ');
    return { id, counter, digitalHelp };
  });

describe('data/voorbeeldstad.json', () => {
  it('is valid content', () => {
    expect(parseContent(data).ok).toBe(true);
  });

  it('keeps every topic, its counter and its digital-help counter as in the shared table', () => {
    expect(data.topics.map((topic) => ({ id: topic.id, counter: topic.counter, digitalHelp: topic.digitalHelp }))).toEqual(
      SHARED_TABLE,
    );
  });

  it('gives every topic Dutch and English ways to say it', () => {
    for (const topic of data.topics) {
      expect(topic.keywords.length, topic.id).toBeGreaterThanOrEqual(8);
    }
  });

  it('does not contain the dev questions themselves as keywords', () => {
    const keywords = new Set(data.topics.flatMap((topic) => topic.keywords.map((keyword) => keyword.toLowerCase())));
    for (const { question } of labelledQuestions('questions.dev.tsv')) {
      expect(keywords.has(question.toLowerCase()), question).toBe(false);
    }
  });

  // The seed stores the dev questions as the example's own test questions (scripts/seed-tenant.ts):
  // an example must pass its own tests, every one of them, on the content it publishes.
  it('passes every one of its own test questions: the right counter and topic, no clarify', () => {
    const parsed = parseContent(data);
    if (!parsed.ok) throw new Error('invalid content');
    const engine = createEngine(parsed.content);
    const misses = labelledQuestions('questions.dev.tsv').flatMap(({ question, counter, topic }) => {
      const { advice } = engine.route(question);
      return advice?.counterId === counter && advice.topicId === topic ? [] : [`${question} → ${advice?.topicId ?? 'no advice'}`];
    });
    expect(misses).toEqual([]);
  });
});
