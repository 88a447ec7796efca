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
    const times = await page.evaluate((n) => (globalThis as unknown as { mendApologyBench: (n: number) => number[] }).mendApologyBench(n), runs);
    const sorted = [...times].sort((a, b) => a - b);
    const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
    const result = { where: 'headless Chromium', runs, medianMs: +at(50).toFixed(3), p95Ms: +at(95).toFixed(3), targetP95Ms: 5 };
    console.table(result);
    writeFileSync(new URL('./results/apology-browser.json', import.meta.url), `${JSON.stringify({ at: new Date().toISOString(), ...result }, null, 2)}\n`);
    return result.p95Ms < 5;
  } finally {
    await browser.close();
  }
}
