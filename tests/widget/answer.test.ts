import { describe, expect, it } from 'vitest';
import { createEngine } from '../../core/routing/create-engine';
import { answer } from '../../widget/conversation/answer';
import { adviceSteps, cueHints, generalPhone, quickTopics } from '../../widget/conversation/content';
import { voorbeeldstad } from '../core/support/voorbeeldstad';

const content = voorbeeldstad();
const engine = createEngine(content);
const nl = { lang: 'nl' as const, cueIds: [] };

describe('answer', () => {
  it('gives advice for a typed question', () => {
    const result = answer(engine, { text: 'paspoort verlopen' }, nl);
    expect(result.kind === 'advice' && result.advice.counterId).toBe('burgerzaken');
  });

  it('gives advice for a picked topic', () => {
    const result = answer(engine, { text: 'Paspoort of ID-kaart aanvragen', topicId: 'paspoort-id-kaart' }, nl);
    expect(result).toMatchObject({ kind: 'advice', advice: { counterId: 'burgerzaken', digitalHelp: false } });
  });

  it('sends a picked topic to its digital-help counter when a ticked cue points there', () => {
    const question = { text: 'Paspoort of ID-kaart aanvragen', topicId: 'paspoort-id-kaart' };
    const result = answer(engine, question, { lang: 'nl', cueIds: ['geen-digid'] });
    expect(result).toMatchObject({ kind: 'advice', advice: { counterId: 'ido', digitalHelp: true } });
  });

  it('ignores a cue that points elsewhere than the digital-help counter', () => {
    const question = { text: 'Paspoort of ID-kaart aanvragen', topicId: 'paspoort-id-kaart' };
    const result = answer(engine, question, { lang: 'nl', cueIds: ['stapel-post'] });
    expect(result).toMatchObject({ kind: 'advice', advice: { counterId: 'burgerzaken' } });
  });

  it('says when nothing matches', () => {
    expect(answer(engine, { text: 'xyzzy plugh' }, nl)).toEqual({ kind: 'none' });
  });
});

describe('content look-ups', () => {
  it('names both counters of a digital-help advice, the IDO first', () => {
    const advice = engine.adviseTopic('paspoort-id-kaart', { digitalHelp: true });
    expect(advice && adviceSteps(content, advice).map((counter) => counter.id)).toEqual(['ido', 'burgerzaken']);
  });

  it('hints at a counter that a ticked cue suggests and the advice does not name', () => {
    const advice = engine.adviseTopic('paspoort-id-kaart');
    expect(advice && cueHints(content, advice, ['bril-vergeten', 'geen-digid']).map((counter) => counter.id)).toEqual(['ido', 'taalhuis']);
    const helped = engine.adviseTopic('paspoort-id-kaart', { digitalHelp: true });
    expect(helped && cueHints(content, helped, ['geen-digid'])).toEqual([]);
  });

  it('picks one quick-start topic per counter', () => {
    const topics = quickTopics(content, 6);
    expect(topics).toHaveLength(6);
    expect(new Set(topics.map((topic) => topic.counter)).size).toBe(6);
  });

  it("finds the municipality's general 14 number for reaching a person", () => {
    expect(generalPhone(content)).toBe('14 0999');
    expect(generalPhone({ ...content, counters: content.counters.filter((c) => c.phone !== '14 0999') })).toBeUndefined();
  });
});
