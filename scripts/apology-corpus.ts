/**
 * The partner-apology corpus (corpus/apology/, CC BY 4.0, written for Mend): its markup,
 * its one fixed train/dev/test split, and the scores the evaluation and the quality test use.
 *
 * Source format, one file per situation (`<situation>.txt`): an entry starts with a line
 * `# good|mixed|poor|polite`, and its text follows (several lines for a letter). Labels are
 * inline and may nest: `{R,S: I'm sorry I lied to you.}`, `{S: I'm sorry {cd: if you were hurt}.}`.
 * Upper-case codes are components, lower-case codes are failure patterns (CODES below).
 * A literal brace is never used in the texts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { COMPONENT_IDS, FLAG_IDS, analyzeApology, type ComponentId, type FlagId } from '../src/core/apology/index.js';
import { normalize, splitSentences } from '../src/core/apology/sentences.js';

/** Markup code → label. */
export const CODES: Record<string, ComponentId | FlagId> = {
  R: 'responsibility', I: 'impact', S: 'remorse', E: 'explanation', C: 'change', A: 'repair', F: 'forgiveness_request',
  ff: 'feelings_focus', cd: 'conditional', na: 'no_agent', ju: 'justification', bs: 'blame_shift', mi: 'minimizing',
  id: 'intent_disclaimer', va: 'vague', pr: 'pressure', he: 'hedged', ri: 'reinterpretation', cp: 'comparison', sf: 'self_focus',
};

/** A labelled span of an entry's plain text. */
export interface GoldSpan {
  label: ComponentId | FlagId;
  start: number;
  end: number;
}

/** One apology (or everyday "sorry") with its labels. */
export interface Entry {
  id: string;
  situation: string;
  kind: 'good' | 'mixed' | 'poor' | 'polite';
  text: string;
  spans: GoldSpan[];
  split: Split;
}
/**
 * The fixed split an entry belongs to. `test2` is the second held-out set (corpus/apology/test2/),
 * written after the test split had been read once, before the next round of rules; `test3`
 * the third (corpus/apology/test3/), written after test2's errors had been read, before the
 * round that followed.
 */
export type Split = 'train' | 'dev' | 'test' | 'test2' | 'test3';
/** Every split, in the order the evaluation lists them. */
export const SPLITS: readonly Split[] = ['train', 'dev', 'test', 'test2', 'test3'];

const COMPONENTS = new Set<string>(COMPONENT_IDS);
const FLAGS = new Set<string>(FLAG_IDS);

/** Parse one entry's marked-up text into plain text and spans (throws on bad markup). */
export function parseMarkup(src: string, where = ''): { text: string; spans: GoldSpan[] } {
  let text = '';
  const spans: GoldSpan[] = [];
  const open: { labels: (ComponentId | FlagId)[]; start: number }[] = [];
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (c === '{') {
      const m = /^\{([A-Za-z,]+):\s?/.exec(src.slice(i));
      if (!m) throw new Error(`${where}: a "{" without labels at ${i}`);
      const labels = m[1]!.split(',').map((code) => {
        const label = CODES[code];
        if (!label) throw new Error(`${where}: unknown label code "${code}"`);
        return label;
      });
      open.push({ labels, start: text.length });
      i += m[0].length - 1;
    } else if (c === '}') {
      const o = open.pop();
      if (!o) throw new Error(`${where}: an unmatched "}"`);
      let end = text.length;
      while (end > o.start && /\s/.test(text[end - 1]!)) end--;
      for (const label of o.labels) spans.push({ label, start: o.start, end });
    } else text += c;
  }
  if (open.length) throw new Error(`${where}: an unclosed "{"`);
  return { text: text.trim(), spans };
}

/** FNV-1a over the id: the split never changes when entries are added elsewhere. */
export function splitOf(id: string): Split {
  const b = bucket(id);
  return b < 60 ? 'train' : b < 80 ? 'dev' : 'test';
}
function bucket(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % 100;
}

/**
 * Training material added after the first test read (corpus/apology/extra/): the same hash,
 * but only ever train or dev (75 / 25), so that new material never enters a test split.
 */
export function trainDevSplitOf(id: string): Split {
  return bucket(id) < 75 ? 'train' : 'dev';
}

/** The corpus folder. */
export const CORPUS_DIR = fileURLToPath(new URL('../corpus/apology/', import.meta.url));

/**
 * Every entry, in file order: the situation files at the top of the folder (split by the hash
 * of the id), then `extra/` (train or dev only), then `test2/` (all in `test2`) and `test3/`
 * (all in `test3`). Entries in a sub-folder have ids prefixed with it (`test2/home-003`).
 */
export function loadCorpus(dir = CORPUS_DIR): Entry[] {
  const out: Entry[] = [];
  const readFolder = (sub: string, splitFor: (id: string) => Split) => {
    const folder = sub ? join(dir, sub) : dir;
    let files: string[];
    try {
      files = readdirSync(folder).filter((f) => f.endsWith('.txt')).sort();
    } catch {
      return; // an optional sub-folder that is not there
    }
    for (const file of files) {
      const situation = file.replace(/\.txt$/, '');
      const blocks = readFileSync(join(folder, file), 'utf8').split(/^# /m).slice(1);
      blocks.forEach((block, n) => {
        const nl = block.indexOf('\n');
        const kind = block.slice(0, nl).trim();
        if (kind !== 'good' && kind !== 'mixed' && kind !== 'poor' && kind !== 'polite') throw new Error(`${sub}${file} #${n + 1}: kind "${kind}"`);
        const id = `${sub ? `${sub}/` : ''}${situation}-${String(n + 1).padStart(3, '0')}`;
        const { text, spans } = parseMarkup(block.slice(nl + 1), id);
        if (!text) throw new Error(`${id}: empty`);
        out.push({ id, situation, kind, text, spans, split: splitFor(id) });
      });
    }
  };
  readFolder('', splitOf);
  readFolder('extra', trainDevSplitOf);
  readFolder('test2', () => 'test2');
  readFolder('test3', () => 'test3');
  return out;
}

// ---- scores ----------------------------------------------------------------------------

/** Counts for one label. */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
/** Precision, recall and F1. */
export interface Prf {
  precision: number;
  recall: number;
  f1: number;
  support: number;
}
/** Round a score to three decimals, as every report prints it. */
export const round = (x: number): number => Math.round(x * 1000) / 1000;
/** P/R/F1 from counts (support = gold units). */
export function prf(c: Counts): Prf {
  const precision = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const recall = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision: round(precision), recall: round(recall), f1: round(f1), support: c.tp + c.fn };
}

/** A report on a set of entries: per label and micro-averaged. */
export interface Report {
  n: number;
  components: Record<string, Prf>;
  flags: Record<string, Prf>;
  componentMicro: Prf;
  flagMicro: Prf;
  /** Confusions: [gold label or "none", predicted label or "none", count], most frequent first. */
  confusions: [string, string, number][];
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;

/**
 * Components are scored per sentence (the coach marks whole sentences): a sentence carries a
 * component in the gold when a labelled span of it overlaps the sentence. Failure patterns
 * are scored per span: a marked span of the right pattern that overlaps a gold span finds it
 * (one to one); an unmatched mark is a false alarm.
 */
export function evaluate(entries: readonly Entry[], analyse = analyzeApology): Report {
  const comp: Record<string, Counts> = Object.fromEntries(COMPONENT_IDS.map((id) => [id, { tp: 0, fp: 0, fn: 0 }]));
  const flag: Record<string, Counts> = Object.fromEntries(FLAG_IDS.map((id) => [id, { tp: 0, fp: 0, fn: 0 }]));
  const conf = new Map<string, number>();
  const bump = (a: string, b: string) => conf.set(`${a}\u0000${b}`, (conf.get(`${a}\u0000${b}`) ?? 0) + 1);
  for (const e of entries) {
    const r = analyse(e.text);
    const sentences = splitSentences(e.text, normalize(e.text));
    for (const s of sentences) {
      const gold = new Set<string>(e.spans.filter((g) => COMPONENTS.has(g.label) && overlaps(g, s)).map((g) => g.label));
      const pred = new Set(r.components.filter((c) => c.spans.some((sp) => overlaps(sp, s))).map((c) => c.id as string));
      for (const id of COMPONENT_IDS) {
        const g = gold.has(id);
        const p = pred.has(id);
        if (g && p) comp[id]!.tp++;
        else if (p) comp[id]!.fp++;
        else if (g) comp[id]!.fn++;
      }
      for (const id of gold) if (!pred.has(id)) bump(id, [...pred].find((x) => !gold.has(x)) ?? 'none');
      for (const id of pred) if (!gold.has(id) && ![...gold].some((x) => !pred.has(x))) bump('none', id);
    }
    const golds = e.spans.filter((g) => FLAGS.has(g.label));
    const used = new Set<number>();
    for (const f of r.flags) {
      const k = golds.findIndex((g, i) => !used.has(i) && g.label === f.id && overlaps(g, f));
      if (k >= 0) {
        used.add(k);
        flag[f.id]!.tp++;
      } else {
        flag[f.id]!.fp++;
        const other = golds.find((g) => overlaps(g, f));
        bump(other ? other.label : 'none', f.id);
      }
    }
    golds.forEach((g, i) => {
      if (used.has(i)) return;
      flag[g.label]!.fn++;
      if (!r.flags.some((f) => overlaps(g, f))) bump(g.label, 'none');
    });
  }
  const sum = (cs: Record<string, Counts>): Counts =>
    Object.values(cs).reduce((a, c) => ({ tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn }), { tp: 0, fp: 0, fn: 0 });
  const confusions = [...conf.entries()]
    .map(([k, n]) => [...(k.split('\u0000') as [string, string]), n] as [string, string, number])
    .sort((a, b) => b[2] - a[2]);
  return {
    n: entries.length,
    components: Object.fromEntries(Object.entries(comp).map(([k, c]) => [k, prf(c)])),
    flags: Object.fromEntries(Object.entries(flag).map(([k, c]) => [k, prf(c)])),
    componentMicro: prf(sum(comp)),
    flagMicro: prf(sum(flag)),
    confusions,
  };
}

/** Share of everyday "sorry" messages that get any failure mark (false alarms). */
export function falseAlarmShare(texts: readonly string[], analyse = analyzeApology): { share: number; n: number; flagged: string[] } {
  const flagged = texts.filter((t) => analyse(t).flags.length > 0);
  return { share: texts.length ? round(flagged.length / texts.length) : 0, n: texts.length, flagged };
}
