import MiniSearch from 'minisearch';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Bundle } from '../../../core/bundle/bundle';
import { compileBundle } from '../../../core/bundle/compile-bundle';
import { engineFromBundle } from '../../../core/bundle/engine-from-bundle';
import { createEngine } from '../../../core/routing/create-engine';
import { ANALYSIS_VERSION } from '../../../core/routing/search-index';
import { labelledQuestions, uncoveredQuestions } from '../routing/support/question-sets';
import { voorbeeldstad } from '../support/voorbeeldstad';

const content = voorbeeldstad();
const meta = { version: 3, publishedAt: '2025-01-15T10:00:00.000Z' };
const questions = [...labelledQuestions('questions.dev.tsv'), ...labelledQuestions('questions.extra.tsv')].map(({ question }) => question);

/** As the worker stores it and the widget receives it: through JSON. */
function overTheWire(bundle: Bundle): Bundle {
  return JSON.parse(JSON.stringify(bundle)) as Bundle;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('compileBundle', () => {
  it('carries the tenant, the version, the publication time and the content', () => {
    const bundle = compileBundle(content, meta);
    expect(bundle).toMatchObject({ format: 1, tenantId: 'voorbeeldstad', version: 3, publishedAt: meta.publishedAt, content });
  });
});

describe('engineFromBundle', () => {
  it('routes exactly like an engine built from the content, after a round trip through JSON', () => {
    const built = createEngine(content);
    const loaded = engineFromBundle(overTheWire(compileBundle(content, meta)));
    for (const question of [...questions, ...uncoveredQuestions(), 'toeslag', 'ik heb een brief gekregen']) {
      expect(loaded.route(question)).toEqual(built.route(question));
      expect(loaded.route(question, { lang: 'en' })).toEqual(built.route(question, { lang: 'en' }));
    }
    for (const prefix of ['pa', 'toesl', 'digid ak', 'schuld']) {
      expect(loaded.suggest(prefix)).toEqual(built.suggest(prefix));
    }
  });

  it('loads a serialised index without indexing the topics again', () => {
    const bundle = overTheWire(compileBundle(content, meta));
    expect(bundle.index).not.toBeNull();
    const addAll = vi.spyOn(MiniSearch.prototype, 'addAll');
    const add = vi.spyOn(MiniSearch.prototype, 'add');
    engineFromBundle(bundle).route('ik heb schulden');
    expect(addAll).not.toHaveBeenCalled();
    expect(add).not.toHaveBeenCalled();
  });

  it('builds the index from the content when the bundle carries none', () => {
    const bundle: Bundle = { ...overTheWire(compileBundle(content, meta)), index: null };
    const addAll = vi.spyOn(MiniSearch.prototype, 'addAll');
    expect(engineFromBundle(bundle).route('ik heb schulden').advice?.counterId).toBe('sociaal-loket');
    expect(addAll).toHaveBeenCalledOnce();
  });

  it('records the version of the analysis that built its index', () => {
    expect(compileBundle(content, meta).engineVersion).toBe(ANALYSIS_VERSION);
  });

  it('rebuilds the index of a bundle compiled by another engine version, and routes like a fresh engine', () => {
    const built = createEngine(content);
    // A stale index: built by an analysis that read no keywords, so "schulden" alone misses.
    const withoutKeywords = { ...content, topics: content.topics.map((topic) => ({ ...topic, keywords: [] })) };
    const stale: Bundle = { ...overTheWire(compileBundle(content, meta)), index: compileBundle(withoutKeywords, meta).index };
    expect(engineFromBundle(stale).route('deurwaarder').advice).toBeNull();
    const addAll = vi.spyOn(MiniSearch.prototype, 'addAll');
    for (const engineVersion of [ANALYSIS_VERSION - 1, ANALYSIS_VERSION + 1]) {
      const bundle: Bundle = { ...stale, engineVersion };
      const engine = engineFromBundle(bundle);
      expect(engine.route('deurwaarder')).toEqual(built.route('deurwaarder'));
      expect(engine.route('deurwaarder').advice?.topicId).toBe('schulden');
    }
    expect(addAll).toHaveBeenCalledTimes(2);
  });

  it('rebuilds the index of a format 1 bundle from before engine versions', () => {
    const { engineVersion: _, ...old } = overTheWire(compileBundle(content, meta));
    const addAll = vi.spyOn(MiniSearch.prototype, 'addAll');
    expect(engineFromBundle(old).route('ik heb schulden').advice?.counterId).toBe('sociaal-loket');
    expect(addAll).toHaveBeenCalledOnce();
  });

  it('rebuilds rather than trusting an index that is not a MiniSearch index', () => {
    const bundle: Bundle = { ...overTheWire(compileBundle(content, meta)), index: { something: 'else' } };
    expect(engineFromBundle(bundle).route('ik heb schulden').advice?.counterId).toBe('sociaal-loket');
  });
});
