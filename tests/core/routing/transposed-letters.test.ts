import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../core/routing/create-engine';
import { unswapNeighbours } from '../../../core/routing/transposed-letters';
import { voorbeeldstad } from '../support/voorbeeldstad';

const known = new Set(['rijbewijs', 'toeslag']);
const isKnown = (word: string) => known.has(word);

describe('unswapNeighbours', () => {
  it('swaps two neighbouring letters back into a known word', () => {
    expect(unswapNeighbours('rijbewjis', isKnown)).toBe('rijbewijs');
    expect(unswapNeighbours('toesalg', isKnown)).toBe('toeslag');
  });

  it('leaves words alone that no single swap makes known', () => {
    expect(unswapNeighbours('rijbwejsi', isKnown)).toBeUndefined();
    expect(unswapNeighbours('fiets', isKnown)).toBeUndefined();
  });

  it('does not try short words, where a swap makes another real word', () => {
    expect(unswapNeighbours('tof', (word) => word === 'tfo')).toBeUndefined();
  });
});

describe('the engine with swapped letters', () => {
  const engine = createEngine(voorbeeldstad());

  it('routes "rijbewjis verloopt" to Burgerzaken', () => {
    expect(engine.route('rijbewjis verloopt').advice).toMatchObject({ topicId: 'rijbewijs', counterId: 'burgerzaken' });
  });
});
