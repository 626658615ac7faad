import { describe, expect, it, vi } from 'vitest';
import type { Engine } from '../../../core/routing/engine';
import { createEngineCache } from '../../../worker/engines/engine-cache';

/** The cache never looks inside an engine, so a labelled stand-in is enough. */
const fakeEngine = (label: string) => ({ label }) as unknown as Engine;

describe('createEngineCache', () => {
  it('loads an engine once per version', async () => {
    const cache = createEngineCache();
    const load = vi.fn(async () => fakeEngine('v1'));

    const first = await cache.get('voorbeeldstad@1', load);
    const second = await cache.get('voorbeeldstad@1', load);

    expect(second).toBe(first);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('loads again for a new version', async () => {
    const cache = createEngineCache();
    await cache.get('voorbeeldstad@1', async () => fakeEngine('v1'));
    const v2 = await cache.get('voorbeeldstad@2', async () => fakeEngine('v2'));
    expect(v2).toEqual({ label: 'v2' });
  });

  it('keeps one engine when concurrent misses both load', async () => {
    const cache = createEngineCache();
    const finishers: ((engine: Engine) => void)[] = [];
    const load = vi.fn(() => new Promise<Engine>((resolve) => finishers.push(resolve)));

    const both = Promise.all([cache.get('voorbeeldstad@1', load), cache.get('voorbeeldstad@1', load)]);
    finishers.forEach((finish, i) => finish(fakeEngine(`load ${i}`)));
    const [a, b] = await both;

    // Each request waits only on its own load, never on another request's I/O.
    expect(load).toHaveBeenCalledTimes(2);
    expect(b).toBe(a);
    expect(cache.size).toBe(1);
    await cache.get('voorbeeldstad@1', load);
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('evicts the least recently used engine when full', async () => {
    const cache = createEngineCache({ maxEntries: 2 });
    const load = vi.fn(async () => fakeEngine('any'));

    await cache.get('a@1', load);
    await cache.get('b@1', load);
    await cache.get('a@1', load); // a is now the most recently used
    await cache.get('c@1', load); // evicts b
    expect(cache.size).toBe(2);
    expect(load).toHaveBeenCalledTimes(3);

    await cache.get('a@1', load);
    expect(load).toHaveBeenCalledTimes(3);
    await cache.get('b@1', load);
    expect(load).toHaveBeenCalledTimes(4);
  });

  it('tries again after a failed load', async () => {
    const cache = createEngineCache();
    await expect(cache.get('voorbeeldstad@1', () => Promise.reject(new Error('D1 is down')))).rejects.toThrow('D1 is down');
    await expect(cache.get('voorbeeldstad@1', async () => fakeEngine('v1'))).resolves.toEqual({ label: 'v1' });
  });
});

describe('createEngineCache with a byte bound', () => {
  const weighed = (label: string, bytes: number) => ({ label, bytes }) as unknown as Engine;
  const weigh = (engine: Engine) => (engine as unknown as { bytes: number }).bytes;

  it('evicts the least recently used engines when their estimated bytes exceed the bound', async () => {
    const cache = createEngineCache({ maxBytes: 100, weigh });
    const load = vi.fn(async () => weighed('any', 40));

    await cache.get('a@1', load);
    await cache.get('b@1', load);
    await cache.get('a@1', load); // a is now the most recently used
    await cache.get('c@1', load); // 120 bytes: evicts b

    expect(cache.size).toBe(2);
    expect(cache.bytes).toBe(80);
    await cache.get('a@1', load);
    expect(load).toHaveBeenCalledTimes(3);
  });

  it('weighs an engine again when it grows, and evicts the least recently used others to stay within the bound', async () => {
    const grown = { label: 'a', bytes: 30 };
    const cache = createEngineCache({ maxBytes: 100, weigh });
    await cache.get('a@1', async () => grown as unknown as Engine);
    await cache.get('b@1', async () => weighed('b', 30));
    await cache.get('c@1', async () => weighed('c', 30));

    grown.bytes = 60; // a's whole content was read
    cache.reweigh('a@1');

    // 120 bytes: b, the least recently used, goes; a stays although it was loaded first.
    expect(cache.bytes).toBe(90);
    expect(cache.size).toBe(2);
    const load = vi.fn(async () => weighed('again', 30));
    await cache.get('a@1', load);
    await cache.get('c@1', load);
    expect(load).not.toHaveBeenCalled();
    cache.reweigh('gone@1');
    expect(cache.bytes).toBe(90);
  });

  it('keeps the newest engine even when it alone exceeds the bound', async () => {
    const cache = createEngineCache({ maxBytes: 100, weigh });
    await cache.get('a@1', async () => weighed('small', 10));
    const big = await cache.get('b@1', async () => weighed('big', 500));

    expect(big).toEqual({ label: 'big', bytes: 500 });
    expect(cache.size).toBe(1);
    expect(cache.bytes).toBe(500);
  });
});
