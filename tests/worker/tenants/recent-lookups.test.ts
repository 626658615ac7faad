import { describe, expect, it, vi } from 'vitest';
import { createRecentLookups } from '../../../worker/tenants/recent-lookups';

describe('createRecentLookups', () => {
  it('answers from memory within the time to live, and looks up again after it', async () => {
    let now = 0;
    const recent = createRecentLookups<number>({ ttlMs: 1000, now: () => now });
    const lookup = vi.fn(async () => 7);

    await recent.get('a', lookup);
    now = 999;
    expect(await recent.get('a', lookup)).toBe(7);
    expect(lookup).toHaveBeenCalledTimes(1);
    now = 1000;
    await recent.get('a', lookup);
    expect(lookup).toHaveBeenCalledTimes(2);
  });

  it('looks up again after forget', async () => {
    const recent = createRecentLookups<string>({ ttlMs: 60_000 });
    await recent.get('a', async () => 'old');
    recent.forget('a');
    expect(await recent.get('a', async () => 'new')).toBe('new');
  });

  it('looks every key up again after clear', async () => {
    const recent = createRecentLookups<string>({ ttlMs: 60_000 });
    await recent.get('a', async () => 'old a');
    await recent.get('b', async () => 'old b');
    recent.clear();
    expect(await recent.get('a', async () => 'new a')).toBe('new a');
    expect(await recent.get('b', async () => 'new b')).toBe('new b');
  });

  it('does not remember a failed lookup', async () => {
    const recent = createRecentLookups<string>({ ttlMs: 60_000 });
    await expect(recent.get('a', () => Promise.reject(new Error('D1 is down')))).rejects.toThrow('D1 is down');
    expect(await recent.get('a', async () => 'up')).toBe('up');
  });

  it('keeps at most maxEntries', async () => {
    const recent = createRecentLookups<number>({ ttlMs: 60_000, maxEntries: 2 });
    const lookup = vi.fn(async () => 1);
    for (const key of ['a', 'b', 'c']) await recent.get(key, lookup);
    await recent.get('a', lookup);
    expect(lookup).toHaveBeenCalledTimes(4);
  });
});
