import { describe, expect, it } from 'vitest';
import type { Bundle } from '../../../core/bundle/bundle';
import { compileBundle } from '../../../core/bundle/compile-bundle';
import { engineFromBundle } from '../../../core/bundle/engine-from-bundle';
import { routingBundle } from '../../../core/bundle/routing-bundle';
import { ANALYSIS_VERSION } from '../../../core/routing/search-index';
import { isSerialisedTopicIndex } from '../../../core/routing/serialised-topic-index';
import { content, expectSameRouting, fullBundle, fullEngine, meta, overTheWire } from './support/same-routing';

describe('routingBundle', () => {
  it('drops every topic’s keywords and keeps the rest of the content', () => {
    expect(content.topics.every((topic) => topic.keywords.length > 0)).toBe(true);
    const { content: routingContent, ...rest } = routingBundle(fullBundle);
    expect(routingContent).toEqual({
      ...fullBundle.content,
      topics: fullBundle.content.topics.map((topic) => ({ ...topic, keywords: [] })),
    });
    const { content: _, ...fullRest } = fullBundle;
    expect(rest).toEqual(fullRest);
  });

  it('leaves the bundle it was given as it was', () => {
    const before = structuredClone(fullBundle);
    routingBundle(fullBundle);
    expect(fullBundle).toEqual(before);
  });

  it('keeps a current index as it is', () => {
    expect(routingBundle(fullBundle).index).toBe(fullBundle.index);
  });

  it('gives an engine that routes the dev questions, suggests and advises on every topic as the full bundle’s engine does', () => {
    expect(fullEngine.route('deurwaarder').advice?.topicId).toBe('schulden');
    expectSameRouting(engineFromBundle(routingBundle(fullBundle)));
    expectSameRouting(engineFromBundle(overTheWire(routingBundle(fullBundle))));
  });

  it('gives a bundle from an older engine, or one without an index, a current index built from the full content', () => {
    // An outdated index, built without keywords: kept, it would not route "deurwaarder".
    const withoutKeywords = { ...content, topics: content.topics.map((topic) => ({ ...topic, keywords: [] })) };
    const staleIndex = compileBundle(withoutKeywords, meta).index;
    const { engineVersion: _, ...unversioned } = fullBundle;
    const outdated: Bundle[] = [
      { ...fullBundle, index: staleIndex, engineVersion: ANALYSIS_VERSION - 1 },
      { ...unversioned, index: staleIndex },
      { ...fullBundle, index: null },
      { ...fullBundle, index: { something: 'else' } },
    ];
    for (const bundle of outdated) {
      const routing = routingBundle(bundle);
      expect(routing.engineVersion).toBe(ANALYSIS_VERSION);
      expect(isSerialisedTopicIndex(routing.index)).toBe(true);
      expect(routing.index).toEqual(fullBundle.index);
      expectSameRouting(engineFromBundle(overTheWire(routing)));
    }
  });
});
