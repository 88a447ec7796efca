import { analyzeApology, createApologyCoach } from '../src/core/apology/index.js';
import { makeDraft, typedAt } from './apology-draft.js';

// Runs in the page: times `runs` full analyses of a 300-word draft with a one-character edit
// each time, and `runs` keystrokes of the editor's coach typing one more sentence.
(globalThis as unknown as { mendApologyBench: (runs: number) => { full: number[]; typing: number[] } }).mendApologyBench = (runs: number) => {
  const draft = makeDraft(300);
  const full: number[] = [];
  for (let i = 0; i < runs; i++) {
    const text = i % 2 ? draft : `${draft} `;
    const t0 = performance.now();
    analyzeApology(text);
    full.push(performance.now() - t0);
  }
  const coach = createApologyCoach();
  coach(draft);
  const typing: number[] = [];
  for (let i = 0; i < runs; i++) {
    const text = typedAt(draft, i);
    const t0 = performance.now();
    coach(text);
    typing.push(performance.now() - t0);
  }
  return { full, typing };
};
