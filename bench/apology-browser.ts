import { build } from 'esbuild';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromiumPath, launchBrowser } from '../e2e/support/browser.js';

/**
 * APOLOGY-PERF in the browser: the coach runs as the person types, in the page. Bundles the
 * coach as the web app would ship it, runs it in headless Chromium on a 300-word draft, and
 * fails when p95 reaches 5 ms.
 */
export async function runApologyBrowserBench(runs = 500): Promise<boolean> {
  if (!chromiumPath()) {
    console.log('apology (browser): skipped — no system Chromium here (apt-get install -y chromium).');
    return true;
  }
  const entry = fileURLToPath(new URL('./apology-browser-entry.ts', import.meta.url));
  const bundle = await build({ entryPoints: [entry], bundle: true, format: 'iife', write: false, platform: 'browser', target: 'es2022', minify: true });
  const code = bundle.outputFiles[0]!.text;
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    await page.setContent('<!doctype html><title>bench</title>');
    await page.addScriptTag({ content: code });
    const times = await page.evaluate(
      (n) => (globalThis as unknown as { mendApologyBench: (n: number) => { full: number[]; typing: number[] } }).mendApologyBench(n),
      runs,
    );
    const at = (xs: number[], p: number) => {
      const sorted = [...xs].sort((a, b) => a - b);
      return +sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!.toFixed(3);
    };
    const result = {
      where: 'headless Chromium',
      runs,
      medianMs: at(times.full, 50),
      p95Ms: at(times.full, 95),
      typingMedianMs: at(times.typing, 50),
      typingP95Ms: at(times.typing, 95),
      targetP95Ms: 5,
    };
    console.table(result);
    writeFileSync(new URL('./results/apology-browser.json', import.meta.url), `${JSON.stringify({ at: new Date().toISOString(), ...result }, null, 2)}\n`);
    return result.p95Ms < 5 && result.typingP95Ms < 5;
  } finally {
    await browser.close();
  }
}
