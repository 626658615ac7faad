/**
 * What the bundle controller needs to turn a compact bundle into an engine, loaded with the engine
 * in one chunk (vite.config.ts): the compact bundle's decoder. The loader of a JSON bundle's index
 * (core/bundle/load-bundle-engine.ts) and the indexing code (create-engine, MiniSearch) stay out:
 * only the JSON fallback needs the one, only a bundle without a current index the other.
 */
import { openCompactBundle, type OpenedCompactBundle } from '../../core/bundle/compact-bundle-decode';
import type { Bytes } from './bundle-storage';
import { gunzip } from './gunzip';

export { createEngineWithIndex } from '../../core/routing/engine';

/**
 * The gzipped compact bundle opened (its index is read when the engine is made), or null for
 * bytes this widget cannot read (another format or analysis version, damaged).
 */
export async function openGzippedBundle(gzipped: Bytes): Promise<OpenedCompactBundle | null> {
  try {
    return openCompactBundle(await gunzip(gzipped));
  } catch {
    return null;
  }
}
