import { describe, expect, it } from 'vitest';
import { parseServerEvent } from './server-event.js';

describe('parseServerEvent', () => {
  it('reads JSON events', () => {
    expect(parseServerEvent('{"type":"couple.changed"}')).toBe('couple.changed');
    expect(parseServerEvent('{"type":"hello"}')).toBe('hello');
  });
  it('reads bare names and ignores junk', () => {
    expect(parseServerEvent('session.ended')).toBe('session.ended');
    expect(parseServerEvent('')).toBeNull();
    expect(parseServerEvent('{"nope":1}')).toBeNull();
    expect(parseServerEvent('<html>')).toBeNull();
    expect(parseServerEvent(undefined)).toBeNull();
  });
});
