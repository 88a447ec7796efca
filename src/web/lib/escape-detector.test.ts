import { describe, expect, it } from 'vitest';
import { createPressDetector } from './escape-detector.js';

describe('createPressDetector', () => {
  it('fires on the third press within the window', () => {
    const d = createPressDetector(3, 1500);
    expect(d.press(0)).toBe(false);
    expect(d.press(400)).toBe(false);
    expect(d.press(900)).toBe(true);
  });

  it('does not fire when presses are spread out', () => {
    const d = createPressDetector(3, 1500);
    expect(d.press(0)).toBe(false);
    expect(d.press(1000)).toBe(false);
    expect(d.press(2000)).toBe(false); // the first press fell out of the window
    expect(d.press(2400)).toBe(true);
  });

  it('starts over after firing', () => {
    const d = createPressDetector(3, 1500);
    d.press(0);
    d.press(10);
    expect(d.press(20)).toBe(true);
    expect(d.press(30)).toBe(false);
    expect(d.press(40)).toBe(false);
    expect(d.press(50)).toBe(true);
  });

  it('reset forgets earlier presses', () => {
    const d = createPressDetector(3, 1500);
    d.press(0);
    d.press(10);
    d.reset();
    expect(d.press(20)).toBe(false);
  });
});
