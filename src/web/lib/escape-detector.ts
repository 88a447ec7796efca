/**
 * Counts quick presses of one key (Escape for quick exit). `press(now)` returns true
 * when `count` presses have landed within `windowMs`, then starts over.
 */
export interface PressDetector {
  press(now: number): boolean;
  reset(): void;
}

export function createPressDetector(count = 3, windowMs = 1500): PressDetector {
  let times: number[] = [];
  return {
    press(now: number): boolean {
      times = times.filter((t) => now - t <= windowMs && now >= t);
      times.push(now);
      if (times.length >= count) {
        times = [];
        return true;
      }
      return false;
    },
    reset(): void {
      times = [];
    },
  };
}
