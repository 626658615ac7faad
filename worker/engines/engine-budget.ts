/**
 * How much of an isolate the loaded engines may take. One isolate may serve all tenants, and
 * the Workers limit is 128 MB per isolate; `npm run bench` checks both estimates against a
 * measurement (bench/engine-memory.ts: heap and ArrayBuffers together).
 */

/**
 * Memory of a loaded engine per byte of the binary routing bundle it routes on: the bytes
 * themselves (the index and the topic table are used in place) plus what loading parses (the
 * routing part of the content) and what routing builds. Measured by `npm run bench` for 300
 * topics since routing bundle format 3: 1.09–1.23 (1.61–1.62 with format 2, which parsed the
 * whole content on load); with about 9% room above the highest, because an estimate that counts
 * too little lets the engines outgrow MAX_ENGINE_BYTES. 393 such engines fit (212 before).
 */
export const MEMORY_PER_ROUTING_BYTE = 1.34;
/**
 * What an engine weighs more once its whole content has been read (a referral with a note,
 * feedback, a signal with a question, the admin's figures: worker/referrals/published-content.ts),
 * per routing-bundle byte: the parsed content and the tenant's words that free text is reduced
 * with (worker/referrals/stored-text.ts). Measured by `npm run bench` (bench/engine-memory.ts
 * `--read-content`): 1.66–1.72 for 300 topics; with about 10% room.
 */
export const CONTENT_MEMORY_PER_ROUTING_BYTE = 1.9;
/**
 * Loaded engines may take this much of the isolate's 128 MB; the rest is for the code and the
 * requests.
 */
export const MAX_ENGINE_BYTES = 48 * 1024 * 1024;

/** The memory a loaded engine is counted for in the budget; more once its whole content has been read. */
export const estimatedEngineBytes = (routingBytes: number, contentRead = false): number =>
  routingBytes * (MEMORY_PER_ROUTING_BYTE + (contentRead ? CONTENT_MEMORY_PER_ROUTING_BYTE : 0));
