import type { ReactiveControllerHost } from '../../widget/element/reactive-controller';
import { describe, expect, it } from 'vitest';
import type { TopicSuggestion } from '../../core/routing/engine';
import { SuggestionsController } from '../../widget/controllers/suggestions-controller';

const items: TopicSuggestion[] = ['a', 'b', 'c'].map((id) => ({ topicId: id, title: id, counterId: 'x', score: 1 }));

function controller() {
  const host: ReactiveControllerHost = {
    addController() {},
    requestUpdate() {},
  };
  const queries: string[] = [];
  const suggestions = new SuggestionsController(host, (query) => (queries.push(query), items));
  return { suggestions, queries };
}

describe('SuggestionsController', () => {
  it('searches from the second character', () => {
    const { suggestions, queries } = controller();
    suggestions.search('p');
    expect(suggestions.open).toBe(false);
    suggestions.search('pa');
    expect(queries).toEqual(['pa']);
    expect(suggestions.open).toBe(true);
    expect(suggestions.activeItem).toBeUndefined();
  });

  it('moves through the options with the arrow keys, wrapping around', () => {
    const { suggestions } = controller();
    suggestions.search('pa');
    expect(suggestions.handleKey('ArrowDown')).toBe(true);
    expect(suggestions.activeItem?.topicId).toBe('a');
    suggestions.handleKey('ArrowUp');
    expect(suggestions.activeItem?.topicId).toBe('c');
    suggestions.handleKey('ArrowDown');
    expect(suggestions.activeItem?.topicId).toBe('a');
  });

  it('closes with Escape, and reopens with an arrow key', () => {
    const { suggestions } = controller();
    suggestions.search('pa');
    expect(suggestions.handleKey('Escape')).toBe(true);
    expect(suggestions.open).toBe(false);
    expect(suggestions.handleKey('Escape')).toBe(false);
    suggestions.handleKey('ArrowUp');
    expect(suggestions.open).toBe(true);
    expect(suggestions.activeItem?.topicId).toBe('c');
  });

  it('leaves other keys to the text field', () => {
    const { suggestions } = controller();
    suggestions.search('pa');
    expect(suggestions.handleKey('Enter')).toBe(false);
    expect(suggestions.handleKey('Home')).toBe(false);
  });
});
