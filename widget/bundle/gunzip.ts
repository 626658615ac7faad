import type { Bytes } from './bundle-storage';

/** Gzipped bytes unpacked by the browser's own DecompressionStream; it throws for bytes that are not gzip or fail its checksum. */
export async function gunzip(bytes: Bytes): Promise<Uint8Array> {
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}
