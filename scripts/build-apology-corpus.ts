/**
 * Writes the parsed partner-apology corpus (text, labelled spans, split) as JSON lines to
 * dist/apology-corpus.jsonl, for anyone who wants it outside this code base.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadCorpus } from './apology-corpus.js';

const entries = loadCorpus();
mkdirSync('dist', { recursive: true });
writeFileSync('dist/apology-corpus.jsonl', entries.map((e) => JSON.stringify(e)).join('\n') + '\n');
const count = (s: string) => entries.filter((e) => e.split === s).length;
console.log(`dist/apology-corpus.jsonl: ${entries.length} entries (train ${count('train')}, dev ${count('dev')}, test ${count('test')}, test2 ${count('test2')})`);
