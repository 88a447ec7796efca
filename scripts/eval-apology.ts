/**
 * Measures the apology coach against real, annotated apologies (SCEPA) and everyday
 * requests that merely contain "sorry" (false alarms). The data is never part of the
 * project: its path is an argument, and nothing from it is copied or stored.
 *
 *   npm run eval:apology -- <scepa_apologies.jsonl> [--politeness <csv>] [--json] [--split dev|heldout]
 *
 * The file is split by id: even ids are the development half; odd ids were held out for the
 * first two rounds of rules and read in the third (docs/APOLOGY.md says what that means for
 * the figures). Without --split all three views are printed. `--half even|odd` is the older
 * spelling of the same option.
 */
import { readFileSync } from 'node:fs';
import { analyzeApology } from '../src/core/apology/index.js';

/** The Mend component ids measured, with the SCEPA tactics that mark them (see the data README). */
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
interface Prf {
  precision: number;
  recall: number;
  f1: number;
}
interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

function usage(): never {
  console.error('usage: npm run eval:apology -- <scepa_apologies.jsonl> [--politeness <csv>] [--json] [--split dev|heldout]');
  process.exit(2);
}

const args = process.argv.slice(2);
let scepaPath: string | undefined;
let politenessPath: string | undefined;
let json = false;
let half: 'even' | 'odd' | undefined;
for (let i = 0; i < args.length; i++) {
  const a = args[i]!;
  if (a === '--json') json = true;
  else if (a === '--politeness') politenessPath = args[++i] ?? usage();
  else if (a === '--half') {
    const h = args[++i];
    if (h !== 'even' && h !== 'odd') usage();
    half = h;
  } else if (a === '--split') {
    const h = args[++i];
    if (h !== 'dev' && h !== 'heldout') usage();
    half = h === 'dev' ? 'even' : 'odd';
  } else if (a.startsWith('--')) usage();
  else scepaPath = a;
}
if (!scepaPath) usage();

const rows: Row[] = readFileSync(scepaPath, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Row);

const prf = (c: Counts): Prf => {
  const precision = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const recall = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision: round(precision), recall: round(recall), f1: round(f1) };
};
const round = (x: number): number => Math.round(x * 1000) / 1000;

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
const main = score(half ? pick(half) : rows);
const pol = politenessPath ? politeness(politenessPath) : undefined;

if (json) {
  console.log(JSON.stringify({ components: main.components, macroF1: main.macroF1, intentDisclaimer: main.intentDisclaimer, politenessFlaggedShare: pol ? pol.share : null }));
} else {
  const show = (label: string, r: ReturnType<typeof score>) => {
    console.log(`\n${label} (${r.n} apologies)`);
    console.table(Object.fromEntries([...Object.entries(r.components), ['intent_disclaimer (flag)', r.intentDisclaimer]]));
    console.log(`macro-F1 (6 components): ${r.macroF1}   target ≥ 0.75   intent_disclaimer F1: ${r.intentDisclaimer.f1}   target ≥ 0.70`);
  };
  if (half) show(`SCEPA, ${half === 'even' ? 'even ids (development half)' : 'odd ids (held out until round 3)'}`, main);
  else {
    show('SCEPA, all', main);
    show('SCEPA, even ids (development half)', score(pick('even')));
    show('SCEPA, odd ids (held out until round 3)', score(pick('odd')));
  }
  if (pol) {
    console.log(`\nPoliteness requests flagged with any failure pattern: ${pol.share} of ${pol.n} (false alarms; lower is better)`);
    console.log('By pattern:', pol.byFlag);
  }
}
