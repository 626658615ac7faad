import { describe, expect, it } from 'vitest';
import { RouteResultSchema } from '../../../core/api/route-response';
import { createEngine } from '../../../core/routing/create-engine';
import { voorbeeldstad } from '../support/voorbeeldstad';

const content = voorbeeldstad();
const engine = createEngine(content);

function adviceFor(question: string, options?: Parameters<typeof engine.route>[1]) {
  const result = engine.route(question, options);
  return result.advice;
}

describe('route: which counter', () => {
  it('routes debts to the sociaal loket', () => {
    expect(adviceFor('ik heb schulden')).toMatchObject({ topicId: 'schulden', counterId: 'sociaal-loket', digitalHelp: false });
  });

  it('routes an English question about debts to the sociaal loket', () => {
    expect(adviceFor('I have debts and the bailiff sends letters')).toMatchObject({ counterId: 'sociaal-loket' });
  });

  it('sends applying for an allowance to the IDO and repaying one to the overheidsbreed loket', () => {
    expect(adviceFor('Ik wil huurtoeslag aanvragen')).toMatchObject({ topicId: 'toeslag-aanvragen', counterId: 'ido' });
    expect(adviceFor('Ik moet 2000 euro zorgtoeslag terugbetalen')).toMatchObject({
      topicId: 'toeslag-terugbetalen',
      counterId: 'overheidsbreed-loket',
    });
  });

  it('tells not being able to pay a municipal tax (kwijtschelding) apart from debts in general', () => {
    expect(adviceFor('Ik kan de afvalstoffenheffing niet betalen')).toMatchObject({ topicId: 'kwijtschelding' });
    expect(adviceFor('ik heb schulden')).toMatchObject({ topicId: 'schulden' });
  });

  it('matches huurtoeslag to a question about toeslag, and toeslag to a question about huurtoeslag', () => {
    const topicsFor = (question: string) => {
      const result = engine.route(question);
      return [result.advice?.topicId, ...(result.clarify?.options.map((option) => option.topicId) ?? [])];
    };
    expect(topicsFor('toeslag')).toContain('toeslag-aanvragen');
    expect(topicsFor('mijn huurtoeslag is gestopt')).toContain('toeslag-terugbetalen');
  });

  it('reads a compound that the topic does not name through its last part', () => {
    // The repayment topic names zorgtoeslag and huurtoeslag, not kinderopvangtoeslag.
    expect(adviceFor('Ik moet mijn kinderopvangtoeslag terugbetalen')).toMatchObject({ topicId: 'toeslag-terugbetalen' });
  });

  it('tolerates typos', () => {
    expect(adviceFor('paspoort verlopn')).toMatchObject({ topicId: 'paspoort-id-kaart' });
    expect(adviceFor('huurtoeslach aanvragen')).toMatchObject({ topicId: 'toeslag-aanvragen' });
  });

  it('reads a Dutch verb split over the sentence ("vraag ... aan")', () => {
    expect(adviceFor('Hoe vraag ik kinderbijslag aan?')).toMatchObject({ topicId: 'kinderbijslag-aanvragen' });
  });

  it('answers an English question with an English reason', () => {
    const advice = adviceFor('I need to renew my passport', { lang: 'en' });
    expect(advice).toMatchObject({ topicId: 'paspoort-id-kaart', counterId: 'burgerzaken' });
    expect(advice?.reason).toBe(
      'In the division of tasks of Gemeente Voorbeeldstad, "Apply for a passport or ID card" belongs to Burgerzaken.',
    );
  });

  it('cites the row of the table in Dutch by default', () => {
    expect(adviceFor('ik heb schulden')?.reason).toBe(
      'In de taakverdeling van Gemeente Voorbeeldstad hoort "Geldzorgen of schulden" bij het Sociaal Loket.',
    );
  });
});

describe('route: digital help', () => {
  it('sends the online part of a passport application to the IDO when the resident has no computer', () => {
    const advice = adviceFor('Ik wil mijn paspoort verlengen maar ik heb geen computer');
    expect(advice).toMatchObject({ topicId: 'paspoort-id-kaart', counterId: 'ido', digitalHelp: true });
    expect(advice?.reason).toContain('Burgerzaken');
    expect(advice?.reason).toContain('Informatiepunt Digitale Overheid');
  });

  it('recognises English digital-help phrases', () => {
    expect(adviceFor("I need to register my new address but I can't do it online")).toMatchObject({
      topicId: 'verhuizing',
      counterId: 'ido',
      digitalHelp: true,
    });
  });

  it('keeps "geen DigiD" on its own as the topic of applying for DigiD', () => {
    expect(adviceFor('geen DigiD')).toMatchObject({ topicId: 'digid-aanvragen', counterId: 'ido', digitalHelp: false });
  });

  it('does not let a digital-help phrase choose the topic', () => {
    expect(adviceFor('Ik wil bijstand aanvragen maar ik snap de website niet')).toMatchObject({
      topicId: 'bijstand',
      counterId: 'ido',
      digitalHelp: true,
    });
  });

  it('keeps the own counter for a topic without a digital-help counter', () => {
    expect(adviceFor('Ik heb schulden en ik heb geen computer')).toMatchObject({
      topicId: 'schulden',
      counterId: 'sociaal-loket',
      digitalHelp: false,
    });
  });

  it('switches to digital help when a ticked cue suggests the topic’s digital-help counter', () => {
    expect(adviceFor('Ik ga verhuizen', { cueIds: ['geen-apparaat'] })).toMatchObject({
      topicId: 'verhuizing',
      counterId: 'ido',
      digitalHelp: true,
    });
  });

  it('ignores a ticked cue that suggests another counter than the digital-help counter', () => {
    expect(adviceFor('Ik ga verhuizen', { cueIds: ['stapel-post', 'onbekende-cue'] })).toMatchObject({
      counterId: 'burgerzaken',
      digitalHelp: false,
    });
  });
});

describe('route: clarify or nothing', () => {
  it('asks to clarify when a letter could be from several organisations', () => {
    const result = engine.route('ik heb een brief gekregen');
    expect(result.advice).toBeNull();
    expect(result.clarify?.question).toBe('Deze vraag past bij meer dan één loket. Waar gaat het over?');
    const counters = new Set(result.clarify?.options.map((option) => option.counterId));
    expect(counters.size).toBeGreaterThanOrEqual(2);
  });

  it('asks which allowance question is meant for just "toeslag", with options in the asked language', () => {
    const result = engine.route('toeslag', { lang: 'en' });
    expect(result.clarify?.question).toBe('This question fits more than one counter. What is it about?');
    expect(result.clarify?.options.length).toBeGreaterThanOrEqual(2);
    expect(result.clarify?.options.length).toBeLessThanOrEqual(4);
    const topicIds = result.clarify?.options.map((option) => option.topicId) ?? [];
    for (const option of result.clarify?.options ?? []) {
      expect(option.label).toBe(content.topics.find((topic) => topic.id === option.topicId)?.title.en);
    }
    expect(topicIds).toEqual(expect.arrayContaining(['toeslag-aanvragen', 'toeslag-terugbetalen']));
  });

  it('advises without asking when the close topics share the counter', () => {
    const result = engine.route('digid');
    expect(result.clarify).toBeNull();
    expect(result.advice?.counterId).toBe('ido');
  });

  it('gives no advice for gibberish', () => {
    expect(engine.route('asdfgh qwerty')).toEqual({
      query: 'asdfgh qwerty',
      lang: 'nl',
      advice: null,
      alternatives: [],
      clarify: null,
    });
  });

  it.each(['', '   ', '?!', 'de het een', '12345'])('gives no advice for empty-ish input %j', (question) => {
    const result = engine.route(question);
    expect(result.advice).toBeNull();
    expect(result.clarify).toBeNull();
  });

  it('gives no table advice for a question about parking a bike at the station, but the general counter', () => {
    expect(adviceFor('waar kan ik mijn fiets parkeren bij het station')).toMatchObject({
      basis: 'fallback',
      counterId: 'klantcontactcentrum',
      topicId: null,
    });
  });
});

describe('route: result shape', () => {
  it('echoes the trimmed query and the language', () => {
    const result = engine.route('  ik heb schulden  ', { lang: 'en' });
    expect(result.query).toBe('ik heb schulden');
    expect(result.lang).toBe('en');
    expect(RouteResultSchema.safeParse(result).success).toBe(true);
  });

  it('lists up to three alternatives, scored relative to the best topic', () => {
    const result = engine.route('Ik heb een aanslag van de belastingdienst en ik snap niet waarom ik moet betalen');
    expect(result.alternatives.length).toBeGreaterThan(0);
    expect(result.alternatives.length).toBeLessThanOrEqual(3);
    for (const alternative of result.alternatives) {
      expect(alternative.score).toBeGreaterThanOrEqual(0);
      expect(alternative.score).toBeLessThanOrEqual(1);
      expect(alternative.topicId).not.toBe(result.advice?.topicId);
    }
  });
});

describe('suggest', () => {
  it('suggests topics from the second character on, by the start of a word', () => {
    expect(engine.suggest('p')).toEqual([]);
    expect(engine.suggest('paspo')[0]).toMatchObject({ topicId: 'paspoort-id-kaart', counterId: 'burgerzaken', score: 1 });
  });

  it('gives titles in the asked language and at most the limit', () => {
    const suggestions = engine.suggest('toeslag', { lang: 'en', limit: 2 });
    expect(suggestions).toHaveLength(2);
    for (const suggestion of suggestions) {
      expect(suggestion.title).toBe(content.topics.find((topic) => topic.id === suggestion.topicId)?.title.en);
    }
  });

  it('gives five suggestions by default, best first', () => {
    const suggestions = engine.suggest('aanvragen');
    expect(suggestions).toHaveLength(5);
    const scores = suggestions.map((suggestion) => suggestion.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });
});

describe('adviseTopic', () => {
  it('advises the topic’s own counter after a clarify choice', () => {
    expect(engine.adviseTopic('toeslag-terugbetalen')).toMatchObject({
      topicId: 'toeslag-terugbetalen',
      counterId: 'overheidsbreed-loket',
      digitalHelp: false,
    });
  });

  it('advises the digital-help counter when asked and the topic has one', () => {
    expect(engine.adviseTopic('rijbewijs', { digitalHelp: true, lang: 'en' })).toMatchObject({
      counterId: 'ido',
      digitalHelp: true,
      reason: expect.stringContaining('Informatiepunt Digitale Overheid helps with that first'),
    });
    expect(engine.adviseTopic('schulden', { digitalHelp: true })).toMatchObject({ counterId: 'sociaal-loket', digitalHelp: false });
  });

  it('returns null for an unknown topic', () => {
    expect(engine.adviseTopic('bestaat-niet')).toBeNull();
  });
});

describe('route: evidence from a distinctive word', () => {
  it.each([
    ['de deurwaarder heeft een brief gestuurd', 'schulden'],
    ['ik heb schulden sinds vorige winter', 'schulden'],
    ['taalles voor mijn buurvrouw uit Syrie', 'nederlands-leren'],
  ])('does not let words no topic knows sink a distinctive match: %s', (question, topicId) => {
    expect(adviceFor(question)).toMatchObject({ topicId });
  });

  it('does not take a generic word among unknown ones for a topic ("fiets parkeren")', () => {
    expect(engine.route('waar kan ik mijn fiets parkeren bij het station').advice?.basis).toBe('fallback');
    expect(engine.route('ik zoek de wc').clarify).toBeNull();
  });

  it('answers directly when only one contender is named by a distinctive word', () => {
    const result = engine.route('ik kan mijn rekeningen niet meer betalen');
    expect(result.clarify).toBeNull();
    expect(result.advice).toMatchObject({ topicId: 'schulden', counterId: 'sociaal-loket' });
  });

  it('sends a passport question to the IDO when the online appointment fails', () => {
    expect(adviceFor('ik wil een nieuw paspoort maar ik kan geen afspraak maken op internet')).toMatchObject({
      topicId: 'paspoort-id-kaart',
      counterId: 'ido',
      digitalHelp: true,
    });
  });

  it('tells no income at all (bijstand) apart from unpaid bills (schulden)', () => {
    expect(adviceFor('ik heb geen inkomen meer en geen geld om van te leven')).toMatchObject({ topicId: 'bijstand' });
    expect(adviceFor('ik kom niet rond met mijn geld')).toMatchObject({ topicId: 'schulden' });
  });
});
