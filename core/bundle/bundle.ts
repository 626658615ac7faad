/**
 * A published version of a tenant's content, compiled once at publish time. The worker keeps
 * it in D1 and the widget fetches it; both turn it into an engine with `engineFromBundle`.
 */
import type { Content } from '../content/schema';

export const BUNDLE_FORMAT = 1;

export interface Bundle {
  format: typeof BUNDLE_FORMAT;
  tenantId: string;
  version: number;
  /** ISO 8601 timestamp of publication. */
  publishedAt: string;
  content: Content;
  /**
   * The serialised topic index (core/routing/search-index.ts: MiniSearch's index repacked into
   * postings), or null when rebuilding it is faster than loading it.
   * `compileBundle` always fills it (loading wins at every measured size); an engine is still
   * built from a bundle without one.
   */
  index: unknown;
  /**
   * The engine's ANALYSIS_VERSION that built `index`. An index from another version (or from
   * a bundle compiled before this field existed) is not loaded but rebuilt from the content.
   */
  engineVersion?: number;
}
