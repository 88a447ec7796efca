import { isIP } from 'node:net';

/**
 * The network an address belongs to, for limits that should treat one household or one
 * provider's customer as one: IPv4 /24, IPv6 /56 (a usual customer allocation, so hopping
 * between addresses of one's own allocation does not buy new allowances). An IPv4 address
 * written as IPv6 (::ffff:a.b.c.d) counts as IPv4. Anything else is its own network.
 */
export function networkOf(address: string): string {
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address);
  const ip = mapped ? mapped[1]! : address;
  const family = isIP(ip);
  if (family === 4) return `${ip.split('.').slice(0, 3).join('.')}.0/24`;
  if (family === 6) {
    const groups = expandIPv6(ip);
    // 56 bits: three whole groups and the high byte of the fourth.
    return `${groups.slice(0, 3).join(':')}:${(parseInt(groups[3]!, 16) & 0xff00).toString(16)}::/56`;
  }
  return address;
}

/** The eight 16-bit groups of an IPv6 address (valid per isIP), as lower-case hex. */
function expandIPv6(ip: string): string[] {
  let text = ip.toLowerCase().split('%')[0]!;
  // An embedded IPv4 tail (::ffff:1.2.3.4 forms other than the plain mapped one) becomes two groups.
  const v4 = /(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(text);
  if (v4) {
    const [a, b, c, d] = v4.slice(1).map(Number) as [number, number, number, number];
    text = text.slice(0, v4.index) + `${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = '', tail] = text.split('::');
  const left = head ? head.split(':') : [];
  const right = tail === undefined ? [] : tail ? tail.split(':') : [];
  const fill = tail === undefined ? [] : Array.from({ length: 8 - left.length - right.length }, () => '0');
  return [...left, ...fill, ...right].map((g) => parseInt(g || '0', 16).toString(16));
}
