/** Whether two byte arrays hold the same bytes: a compare is far cheaper than decoding them again. */
export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, at) => byte === b[at]);
}
