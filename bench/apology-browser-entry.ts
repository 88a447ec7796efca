import { analyzeApology } from '../src/core/apology/index.js';
import { makeDraft } from './apology-draft.js';

// Runs in the page: times `runs` analyses of a 300-word draft with a one-character edit each time.
(globalThis as unknown as { mendApologyBench: (runs: number) => number[] }).mendApologyBench = (runs: number) => {
  const draft = makeDraft(300);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const text = i % 2 ? draft : `${draft} `;
    const t0 = performance.now();
    analyzeApology(text);
    times.push(performance.now() - t0);
  }
  return times;
};
