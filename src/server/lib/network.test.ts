import { describe, expect, it } from 'vitest';
import { networkOf } from './network.js';

describe('networkOf', () => {
  it('groups IPv4 by /24 and IPv6 by /56', () => {
    expect(networkOf('203.0.113.7')).toBe('203.0.113.0/24');
    expect(networkOf('203.0.113.200')).toBe(networkOf('203.0.113.7'));
    expect(networkOf('203.0.114.7')).not.toBe(networkOf('203.0.113.7'));
    expect(networkOf('::ffff:203.0.113.9')).toBe('203.0.113.0/24');
    expect(networkOf('2001:db8:aa:bb12::1')).toBe('2001:db8:aa:bb00::/56');
    expect(networkOf('2001:db8:aa:bbff:1:2:3:4')).toBe(networkOf('2001:db8:aa:bb12::1'));
    expect(networkOf('2001:db8:aa:cc00::1')).not.toBe(networkOf('2001:db8:aa:bb12::1'));
    expect(networkOf('::1')).toBe('0:0:0:0::/56');
    expect(networkOf('2001:DB8::')).toBe('2001:db8:0:0::/56');
    expect(networkOf('64:ff9b::192.0.2.1')).toBe('64:ff9b:0:0::/56');
    expect(networkOf('not an address')).toBe('not an address');
  });
});
