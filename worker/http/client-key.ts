/**
 * Who a client is, for the throttles: its IPv4 address, or the /64 prefix of its IPv6 address.
 * An IPv6 subscriber usually gets a whole /64 (or more) and can pick any address in it, so a
 * limit per full IPv6 address would be no limit at all. An IPv4-mapped IPv6 address counts as
 * the IPv4 address it carries. Cloudflare always sets `CF-Connecting-IP` to a valid address; a
 * request without it (tests, local tools) is the one client `unknown`, and a value that is not an
 * address is taken as it is.
 */
import ipaddr from 'ipaddr.js';

export const UNKNOWN_CLIENT = 'unknown';

/** The prefix an IPv6 client is counted by: 4 of the 8 groups of 16 bits. */
const IPV6_PREFIX_GROUPS = 4;

export function clientKey(address: string | null | undefined): string {
  const text = address?.trim();
  if (!text) return UNKNOWN_CLIENT;
  if (!ipaddr.isValid(text)) return text;
  const parsed = ipaddr.process(text);
  if (!(parsed instanceof ipaddr.IPv6)) return parsed.toString();
  const groups = parsed.parts.slice(0, IPV6_PREFIX_GROUPS);
  return `${groups.map((group) => group.toString(16)).join(':')}::/64`;
}

/** The client of a request: see `clientKey`. */
export function requestClient(headers: Headers): string {
  return clientKey(headers.get('CF-Connecting-IP'));
}
