import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { chromium, type Browser } from 'playwright-core';

/** The system Chromium (Debian's package); never a downloaded browser. */
export function chromiumPath(): string | null {
  for (const candidate of [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser']) {
    if (candidate && existsSync(candidate)) return candidate;
  }
  try {
    return execFileSync('which', ['chromium'], { encoding: 'utf8' }).trim() || null;
  } catch {
    return null;
  }
}

/**
 * Whether browser tests can run here. With MEND_REQUIRE_BROWSER=1 (CI) a missing Chromium
 * fails the run instead of skipping it.
 */
export function browserAvailable(): boolean {
  if (chromiumPath()) return true;
  if (process.env.MEND_REQUIRE_BROWSER === '1') throw new Error('Chromium is required (MEND_REQUIRE_BROWSER=1) but was not found; apt-get install -y chromium');
  console.warn('Skipping browser tests: no system Chromium (apt-get install -y chromium).');
  return false;
}

/** Launches headless Chromium with flags that keep it off the network. */
export function launchBrowser(): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error('Chromium not found');
  return chromium.launch({
    executablePath,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}
