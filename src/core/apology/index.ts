/**
 * The apology coach: reads a draft apology as the person types (in the browser, never on
 * the server) and returns which parts of a full apology are there, which phrases may undo
 * it, and a short, warm note. No scores, no grades. See docs/APOLOGY.md.
 */
import { COMPONENT_IDS, type ComponentId, sentenceComponents } from './components.js';
import { expandContractions, mapSpan } from './contractions.js';
import { classifyComponents } from './model.js';
import { type FlagId, INTENT_NAMES_HARM, sentenceFlags } from './flags.js';
import { findQuotes, maskReported } from './quotes.js';
import { normalize, splitSentences } from './sentences.js';
import { FLAG_TEXT, summarize } from './summary.js';

export { COMPONENT_IDS, type ComponentId } from './components.js';
export { FLAG_IDS, type FlagId } from './flags.js';

/** A span of the original text: `text.slice(start, end)` (UTF-16 offsets). */
export interface Span {
  start: number;
  end: number;
}

/** A component that is present, with the sentence(s) that carry it. */
export interface ApologyComponent {
  id: ComponentId;
  spans: Span[];
}

/** A phrase that may undo the apology: where, why, and a kinder way to say it. */
export interface ApologyFlag {
  id: FlagId;
  start: number;
  end: number;
  message: string;
  suggestion: string;
}

/** What the coach found in a draft. */
export interface ApologyAnalysis {
  components: ApologyComponent[];
  flags: ApologyFlag[];
  summary: string;
}

// The failure patterns that defend or excuse the act (not the ones about how the apology is worded).
const DEFENSIVE_FLAGS = new Set<FlagId>(['justification', 'blame_shift', 'minimizing', 'intent_disclaimer', 'pressure', 'reinterpretation', 'comparison']);

// Very long drafts are analysed in full, but a hard cap keeps a pasted book from freezing the page.
const MAX_CHARS = 50_000;
// Defences whose reason is not context (an intent disclaimer may still carry one: "my intention was to surprise you").
const DEFENCES = new Set<FlagId>(['justification', 'blame_shift', 'reinterpretation', 'comparison']);

/** Analyse a draft apology. Pure, synchronous, and fast (well under 5 ms for 300 words). */
export function analyzeApology(text: string): ApologyAnalysis {
  return analyze(text, componentsOf);
}

/** The components of one working-text sentence: the rules, and what the classifier adds. */
function componentsOf(norm: string): ComponentId[] {
  return classifyComponents(norm, sentenceComponents(norm));
}

/**
 * The working-text sentences of a draft with their spans in the original text (for the
 * training script, which learns from exactly what the coach reads).
 */
export function workingSentences(text: string): { norm: string; start: number; end: number }[] {
  const base = normalize(text.slice(0, MAX_CHARS));
  const work = expandContractions(maskReported(base, findQuotes(base)));
  return splitSentences(work.text, work.text).map((s) => ({ norm: s.norm, ...mapSpan(work, s.start, s.end) }));
}

/**
 * A coach for one draft being typed: the same analysis as `analyzeApology`, but sentences
 * that have not changed since the last call are not read again. It remembers only the
 * sentences of the latest text, so it holds no more of the draft than the editor does.
 */
export function createApologyCoach(): (text: string) => ApologyAnalysis {
  let known = new Map<string, readonly ComponentId[]>();
  return (text) => {
    const next = new Map<string, readonly ComponentId[]>();
    const result = analyze(text, (norm) => {
      const hit = next.get(norm) ?? known.get(norm) ?? componentsOf(norm);
      next.set(norm, hit);
      return hit;
    });
    known = next;
    return result;
  };
}

function analyze(text: string, componentsOf: (norm: string) => readonly ComponentId[]): ApologyAnalysis {
  const src = typeof text === 'string' ? text.slice(0, MAX_CHARS) : '';
  const base = normalize(src);
  // Contractions are spelled out once, before any pattern ("you're" → "you are"); every
  // offset below is into that working copy and is mapped back to the person's words at the end.
  const work = expandContractions(maskReported(base, findQuotes(base)));
  const norm = work.text;
  const sentences = splitSentences(norm, norm);

  const spans = new Map<ComponentId, Span[]>();
  for (const s of sentences) {
    for (const id of componentsOf(s.norm)) {
      const list = spans.get(id) ?? [];
      list.push({ start: s.start, end: s.end });
      spans.set(id, list);
    }
  }

  const raw: { id: FlagId; start: number; end: number }[] = [];
  const seen = new Set<string>();
  for (const { index, flag } of sentenceFlags(sentences.map((s) => s.norm))) {
    const s = sentences[index]!;
    const start = s.start + flag.start;
    const end = s.start + flag.end;
    const key = `${flag.id}:${start}:${end}`;
    if (end <= start || seen.has(key)) continue;
    seen.add(key);
    raw.push({ id: flag.id, start, end });
  }

  // The classifier may add responsibility where the rules found none, but not to a sentence
  // that defends the act instead ("I deserved one weekend to myself", "I had no intention of
  // snooping"): what the writer owns there is the defence, not the wrong.
  const defended = raw.filter((f) => DEFENSIVE_FLAGS.has(f.id));
  const owned = spans.get('responsibility');
  if (owned && defended.length) {
    const kept = owned.filter((sp) => !defended.some((f) => f.start < sp.end && sp.start < f.end) || sentenceComponents(norm.slice(sp.start, sp.end)).includes('responsibility'));
    if (kept.length) spans.set('responsibility', kept);
    else spans.delete('responsibility');
  }

  // Where a sentence defends the act or hands the blame over, the state or reason inside it
  // is that defence ("But I was under so much pressure at work", "you'd been so distant that
  // I…"), not an explanation. (Dropping it beside the named act as well, as the corpus labels
  // it, was measured and not kept: public apologies give the reason in the sentence of the
  // act, and the SCEPA check's explanation fell from .68 to .54.)
  const context = spans.get('explanation');
  if (context) {
    const carriesMore = (sp: Span) => raw.some((f) => DEFENCES.has(f.id) && f.start < sp.end && sp.start < f.end);
    const kept = context.filter((sp) => !carriesMore(sp));
    if (kept.length) spans.set('explanation', kept);
    else spans.delete('explanation');
  }

  // A remorse word that only expresses sorrow about the partner's feelings ("sorry you feel
  // that way") is not remorse, and harm put in an "if" ("sorry if my words hurt you") is not
  // acknowledged: drop sentences whose only evidence sits inside such a flag.
  // So is one inside a complaint about having apologised ("how many times do I have to say sorry?").
  dropIfOnlyInside(spans, 'remorse', raw.filter((f) => f.id === 'feelings_focus' || f.id === 'pressure'), norm);
  const iffy = raw.filter((f) => f.id === 'conditional');
  dropIfOnlyInside(spans, 'impact', iffy, norm);
  dropIfOnlyInside(spans, 'responsibility', iffy, norm);
  // Owning needs the act named: not only inside "whatever I did" or "sorry you're upset" (the
  // sentence may still own something outside them). A softened admission ("my texts were a
  // bit out of line") still owns it, so hedges are left alone.
  dropIfOnlyInside(spans, 'responsibility', raw.filter((f) => f.id === 'vague' || f.id === 'feelings_focus'), norm);

  // "I didn't mean to wake you" in a note about the day disclaims nothing: an intent
  // disclaimer undoes an apology only when there is a wrong to disclaim. Keep it when it names
  // harm itself ("I never meant to hurt you", "I didn't mean any of it"), or when the draft
  // elsewhere names a wrong: another failure pattern, or responsibility, impact or a request
  // for forgiveness in another sentence.
  const intents = raw.filter((f) => f.id === 'intent_disclaimer');
  if (intents.length && !raw.some((f) => f.id !== 'intent_disclaimer') && intents.every((f) => !INTENT_NAMES_HARM.test(norm.slice(f.start, f.end)))) {
    const inIntent = (sp: Span) => intents.some((f) => f.start < sp.end && sp.start < f.end);
    const wrongElsewhere = (['responsibility', 'impact', 'forgiveness_request'] as const).some((id) => spans.get(id)?.some((sp) => !inIntent(sp)));
    if (!wrongElsewhere) raw.length = 0;
  }

  const flags: ApologyFlag[] = raw
    .map((f) => ({ id: f.id, ...mapSpan(work, f.start, f.end), ...FLAG_TEXT[f.id] }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const components = COMPONENT_IDS.filter((id) => spans.has(id)).map((id) => ({ id, spans: spans.get(id)!.map((sp) => mapSpan(work, sp.start, sp.end)) }));
  const summary = summarize(new Set(components.map((c) => c.id)), flags.map((f) => f.id), sentences.length === 0);
  return { components, flags, summary };
}

/** Remove `id` from the sentences where it is only found inside the given flags' spans. */
function dropIfOnlyInside(spans: Map<ComponentId, Span[]>, id: ComponentId, within: readonly Span[], norm: string): void {
  const list = spans.get(id);
  if (!list || !within.length) return;
  const kept = list.filter((sp) => {
    const inside = within.filter((f) => f.start >= sp.start && f.end <= sp.end);
    if (!inside.length) return true;
    const rest = inside.reduceRight((acc, f) => acc.slice(0, f.start - sp.start) + ' '.repeat(f.end - f.start) + acc.slice(f.end - sp.start), norm.slice(sp.start, sp.end));
    return componentsOf(rest).includes(id);
  });
  if (kept.length) spans.set(id, kept);
  else spans.delete(id);
}
