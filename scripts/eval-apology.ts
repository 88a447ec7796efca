/**
 * Measures the apology coach.
 *
 * 1. On Mend's own partner-apology corpus (corpus/apology/, CC BY 4.0): per-label precision,
 *    recall and F1, and micro-F1, for the seven components and the thirteen failure
 *    patterns, on one split (test by default — look at test, test2 and test3 only to report,
 *    never to tune), and the share of everyday "sorry" messages that get any failure mark.
 * 2. As an external check, on real annotated political apologies (SCEPA) and everyday
 *    requests from the Stanford Politeness Corpus, when their paths are given. That data is
 *    never part of the project: its path is an argument, and nothing from it is stored.
 *
 *   npm run eval:apology -- [--split train|dev|test|test2|test3|all] [--scepa <scepa_apologies.jsonl>]
 *     [--politeness <csv>] [--scepa-split all|dev|heldout] [--json] [--errors]
 *
 * SCEPA is split by id: even ids were the development half, odd ids were held out for the
 * first two rounds of rules and read in the third (docs/APOLOGY.md).
 */
import { readFileSync } from 'node:fs';
import { analyzeApology } from '../src/core/apology/index.js';
import { type Counts, type Entry, type Prf, type Report, evaluate, falseAlarmShare, loadCorpus, prf, round } from './apology-corpus.js';

/** The Mend component ids measured on SCEPA, with the SCEPA tactics that mark them (see the data README). */
const GOLD: Record<string, number[]> = {
  responsibility: [0, 6],
  remorse: [1, 15],
  explanation: [4],
  change: [5],
  impact: [7],
  repair: [8],
};
const INTENT_TACTICS = [3];
const MACRO = ['responsibility', 'remorse', 'explanation', 'change', 'impact', 'repair'];

interface Row {
  id: string;
  text: string;
  tactics: { tactic_index: number }[];
}

function usage(): never {
  console.error('usage: npm run eval:apology -- [--split train|dev|test|test2|test3|all] [--scepa <jsonl>] [--politeness <csv>] [--scepa-split all|dev|heldout] [--json] [--errors]');
  process.exit(2);
}

const args = process.argv.slice(2);
let scepaPath: string | undefined;
let politenessPath: string | undefined;
let json = false;
let errors = false;
let split: 'train' | 'dev' | 'test' | 'test2' | 'test3' | 'all' = 'test';
let half: 'even' | 'odd' | undefined;
for (let i = 0; i < args.length; i++) {
  const a = args[i]!;
  if (a === '--json') json = true;
  else if (a === '--errors') errors = true;
  else if (a === '--politeness') politenessPath = args[++i] ?? usage();
  else if (a === '--scepa') scepaPath = args[++i] ?? usage();
  else if (a === '--split') {
    const h = args[++i];
    if (h !== 'train' && h !== 'dev' && h !== 'test' && h !== 'test2' && h !== 'test3' && h !== 'all') usage();
    split = h;
  } else if (a === '--scepa-split') {
    const h = args[++i];
    if (h !== 'dev' && h !== 'heldout' && h !== 'all') usage();
    half = h === 'dev' ? 'even' : h === 'heldout' ? 'odd' : undefined;
  } else if (a.startsWith('--')) usage();
  else scepaPath = a;
}

const rows: Row[] = scepaPath
  ? readFileSync(scepaPath, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as Row)
  : [];


/** Text-level scores: a component counts as found when it is present anywhere in the text. */
function score(subset: Row[]) {
  const counts: Record<string, Counts> = {};
  const intent: Counts = { tp: 0, fp: 0, fn: 0 };
  for (const id of Object.keys(GOLD)) counts[id] = { tp: 0, fp: 0, fn: 0 };
  for (const row of subset) {
    const res = analyzeApology(row.text);
    const found = new Set<string>(res.components.map((c) => c.id));
    const tactics = new Set(row.tactics.map((t) => t.tactic_index));
    for (const [id, tt] of Object.entries(GOLD)) {
      const gold = tt.some((t) => tactics.has(t));
      tally(counts[id]!, gold, found.has(id));
    }
    tally(intent, INTENT_TACTICS.some((t) => tactics.has(t)), res.flags.some((f) => f.id === 'intent_disclaimer'));
  }
  const components: Record<string, Prf> = {};
  for (const id of Object.keys(GOLD)) components[id] = prf(counts[id]!);
  const macroF1 = round(MACRO.reduce((s, id) => s + components[id]!.f1, 0) / MACRO.length);
  return { n: subset.length, components, macroF1, intentDisclaimer: prf(intent) };
}
function tally(c: Counts, gold: boolean, pred: boolean): void {
  if (gold && pred) c.tp++;
  else if (pred) c.fp++;
  else if (gold) c.fn++;
}

/** Minimal RFC 4180 CSV reader (quoted fields, doubled quotes, newlines inside quotes). */
function parseCsv(src: string): string[][] {
  const out: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && src[i + 1] === '\n') i++;
      row.push(field);
      out.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field || row.length) {
    row.push(field);
    out.push(row);
  }
  return out.filter((r) => r.some((f) => f.trim()));
}

function politeness(path: string): { share: number; n: number; byFlag: Record<string, number> } {
  const [header, ...data] = parseCsv(readFileSync(path, 'utf8'));
  const col = header?.indexOf('request') ?? -1;
  if (col < 0) throw new Error('politeness CSV has no "request" column');
  let flagged = 0;
  const byFlag: Record<string, number> = {};
  for (const r of data) {
    const res = analyzeApology(r[col] ?? '');
    if (res.flags.length) flagged++;
    for (const id of new Set(res.flags.map((f) => f.id))) byFlag[id] = (byFlag[id] ?? 0) + 1;
  }
  return { share: data.length ? round(flagged / data.length) : 0, n: data.length, byFlag };
}

const pick = (h: 'even' | 'odd') => rows.filter((r) => (Number(r.id) % 2 === 0) === (h === 'even'));

// ---- Mend's partner corpus ----------------------------------------------------------------
const corpus = loadCorpus();
const inSplit = (e: Entry) => split === 'all' || e.split === split;
const apologies = corpus.filter((e) => e.kind !== 'polite' && inSplit(e));
const everyday = corpus.filter((e) => e.kind === 'polite' && inSplit(e)).map((e) => e.text);
const own = evaluate(apologies);
const ownAlarms = falseAlarmShare(everyday);

const main = rows.length ? score(half ? pick(half) : rows) : undefined;
const pol = politenessPath ? politeness(politenessPath) : undefined;

const table = (r: Record<string, Prf>, micro: Prf) => ({ ...r, 'micro (all labels)': micro });

if (json) {
  console.log(
    JSON.stringify({
      split,
      partner: { n: own.n, components: own.components, flags: own.flags, componentMicroF1: own.componentMicro.f1, flagMicroF1: own.flagMicro.f1 },
      everydayFalseAlarms: ownAlarms.share,
      scepa: main ? { components: main.components, macroF1: main.macroF1, intentDisclaimer: main.intentDisclaimer } : null,
      politenessFlaggedShare: pol ? pol.share : null,
    }),
  );
} else {
  console.log(`\nPartner apologies, ${split} split (${own.n} apologies): components, scored per sentence`);
  console.table(table(own.components, own.componentMicro));
  console.log(`\nFailure patterns, scored per marked span (${split} split)`);
  console.table(table(own.flags, own.flagMicro));
  console.log(`component micro-F1: ${own.componentMicro.f1}   target >= 0.85   failure-pattern micro-F1: ${own.flagMicro.f1}   target >= 0.70`);
  console.log(`Everyday "sorry" messages with any failure mark: ${ownAlarms.share} of ${ownAlarms.n}   target <= 0.03`);
  console.log('Most frequent confusions (gold -> found):', own.confusions.slice(0, 12).map(([g, p, n]) => `${g} -> ${p}: ${n}`).join('; '));
  if (errors) printErrors(apologies, own);
  if (main) {
    const show = (label: string, r: ReturnType<typeof score>) => {
      console.log(`\n${label} (${r.n} apologies)`);
      console.table(Object.fromEntries([...Object.entries(r.components), ['intent_disclaimer (flag)', r.intentDisclaimer]]));
      console.log(`macro-F1 (6 components): ${r.macroF1}   intent_disclaimer F1: ${r.intentDisclaimer.f1}`);
    };
    if (half) show(`SCEPA (external check), ${half === 'even' ? 'even ids (development half)' : 'odd ids (held out until round 3)'}`, main);
    else show('SCEPA (external check), all', main);
  }
  if (pol) {
    console.log(`\nStanford Politeness requests flagged with any failure pattern: ${pol.share} of ${pol.n} (false alarms; lower is better)`);
    console.log('By pattern:', pol.byFlag);
  }
}

/** Misses and false marks, entry by entry (for train and dev only: never tune on test). */
function printErrors(entries: readonly Entry[], _r: Report): void {
  if (split !== 'train' && split !== 'dev') {
    console.log('\n--errors is for the train and dev splits only.');
    return;
  }
  for (const e of entries) {
    const r = analyzeApology(e.text);
    const lines: string[] = [];
    const gold = e.spans.map((g) => `${g.label}:"${e.text.slice(g.start, g.end)}"`);
    const goldSet = new Set(e.spans.map((g) => g.label as string));
    const found = new Set<string>([...r.components.map((c) => c.id as string), ...r.flags.map((f) => f.id as string)]);
    for (const id of goldSet) if (!found.has(id)) lines.push(`  MISS ${id}`);
    for (const id of found) if (!goldSet.has(id)) lines.push(`  EXTRA ${id}: ${r.flags.filter((f) => f.id === id).map((f) => `"${e.text.slice(f.start, f.end)}"`).join(' ')}`);
    if (lines.length) console.log(`\n${e.id} ${gold.join(' | ')}\n${lines.join('\n')}`);
  }
}
