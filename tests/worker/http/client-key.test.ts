import { describe, expect, it } from 'vitest';
import { clientKey, UNKNOWN_CLIENT } from '../../../worker/http/client-key';

describe('clientKey', () => {
  it('keys an IPv4 client by its address', () => {
    expect(clientKey('203.0.113.7')).toBe('203.0.113.7');
    expect(clientKey('203.0.113.8')).not.toBe(clientKey('203.0.113.7'));
  });

  it('keys an IPv6 client by its /64, however the address is written', () => {
    const key = clientKey('2001:db8:1:2::1');
    expect(key).toBe('2001:db8:1:2::/64');
    expect(clientKey('2001:0DB8:0001:0002:ffff:ffff:ffff:ffff')).toBe(key);
    expect(clientKey('2001:db8:1:3::1')).not.toBe(key);
  });

  it('keys an IPv4-mapped IPv6 address as its IPv4 address', () => {
    expect(clientKey('::ffff:203.0.113.7')).toBe('203.0.113.7');
  });

  it('has one key for requests without an address, and takes a value that is no address as it is', () => {
    expect(clientKey(null)).toBe(UNKNOWN_CLIENT);
    expect(clientKey('  ')).toBe(UNKNOWN_CLIENT);
    expect(clientKey('not-an-address')).toBe('not-an-address');
  });
});
