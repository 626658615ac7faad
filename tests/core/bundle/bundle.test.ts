import MiniSearch from 'minisearch';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Bundle } from '../../../core/bundle/bundle';
import { compileBundle } from '../../../core/bundle/compile-bundle';
import { engineFromBundle } from '../../../core/bundle/engine-from-bundle';
import { createEngine } from '../../../core/routing/engine';
import { labelledQuestions, uncoveredQuestions } from '../routing/support/question-sets';
import { voorbeeldstad } from '../support/voorbeeldstad';

const content = voorbeeldstad();
const meta = { version: 3, publishedAt: '2025-01-15T10:00:00.000Z' };
const questions = [
  ...labelledQuestions('questions.dev.tsv'),
  ...labelledQuestions('questions.extra.tsv'),
].map(({ question }) => question);

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

  it('rebuilds rather than trusting an index that is not a MiniSearch index', () => {
    const bundle: Bundle = { ...overTheWire(compileBundle(content, meta)), index: { something: 'else' } };
    expect(engineFromBundle(bundle).route('ik heb schulden').advice?.counterId).toBe('sociaal-loket');
  });
});
