import { describe, expect, it } from 'vitest';
import { safeFrom } from './safe-from.js';

describe('safeFrom', () => {
  it('keeps paths inside the app', () => {
    expect(safeFrom('/couple')).toBe('/couple');
    expect(safeFrom('/practices/promises')).toBe('/practices/promises');
    expect(safeFrom('/join')).toBe('/join');
  });
  it('refuses other origins and account pages', () => {
    expect(safeFrom('//evil.example')).toBe('/today');
    expect(safeFrom('https://evil.example')).toBe('/today');
    expect(safeFrom('/\\evil.example')).toBe('/today');
    expect(safeFrom('/')).toBe('/today');
    expect(safeFrom('/signin')).toBe('/today');
    expect(safeFrom('/unlock')).toBe('/today');
    expect(safeFrom(undefined)).toBe('/today');
    expect(safeFrom(42)).toBe('/today');
  });
});
