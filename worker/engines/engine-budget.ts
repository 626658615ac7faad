/**
 * How much of an isolate the loaded engines may take. One isolate may serve all tenants, and
 * the Workers limit is 128 MB per isolate; `npm run bench` checks the estimate against a
 * measurement (bench/engine-memory.ts: heap and ArrayBuffers together).
 */

/**
 * Memory of a loaded engine per byte of the binary routing bundle it routes on: the bytes
 * themselves (the index is used in place) plus the parsed content. Measured by `npm run bench`
 * (1.61–1.62 for 300 topics since routing bundle format 2, 1.71–1.78 before); with about 11% room
 * above it, because an estimate that counts too little lets the engines outgrow MAX_ENGINE_BYTES.
 */
export const MEMORY_PER_ROUTING_BYTE = 1.8;
/**
 * Loaded engines may take this much of the isolate's 128 MB; the rest is for the code and the
 * requests.
 */
export const MAX_ENGINE_BYTES = 48 * 1024 * 1024;

/** The memory a loaded engine is counted for in the budget. */
export const estimatedEngineBytes = (routingBytes: number): number => routingBytes * MEMORY_PER_ROUTING_BYTE;
