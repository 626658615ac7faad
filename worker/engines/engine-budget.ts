/**
 * How much of an isolate the loaded engines may take. One isolate may serve all tenants, and
 * the Workers limit is 128 MB per isolate; `npm run bench` checks the estimate against a
 * measurement (bench/engine-memory.ts).
 */

/**
 * Heap bytes of a loaded engine per character of the routing bundle it was loaded from. Measured
 * 1.42 to 1.51 for synthetic 300-topic tenants (runs differ); with room above that, because an
 * estimate that counts too little lets the engines outgrow MAX_ENGINE_BYTES.
 */
export const HEAP_BYTES_PER_BUNDLE_CHAR = 1.75;
/**
 * Loaded engines may take this much of the isolate's 128 MB; the rest is for the code and the
 * requests. About 180 engines of 300 topics: half of all municipalities.
 */
export const MAX_ENGINE_BYTES = 48 * 1024 * 1024;
