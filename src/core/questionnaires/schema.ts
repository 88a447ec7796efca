import { z } from 'zod';

/*
 * The instrument format: one JSON document describes a questionnaire completely — its
 * items, response scale, reverse-keyed items, subscales, scoring rule, cadence and who takes
 * it — so Mend's own check-ins and a clinic's licensed instrument run through the same
 * engine. The format is documented for authors in docs/QUESTIONNAIRES.md; keep the two in
 * step.
 */

/** The format tag every instrument document carries, so a future format can be told apart. */
export const INSTRUMENT_FORMAT = 'mend.instrument/1';

/** How often an instrument is offered. */
export const CADENCES = ['weekly', 'monthly', 'quarterly'] as const;
/** Who an instrument is for: each partner on their own, or only one of the two roles. */
export const AUDIENCES = ['each', 'hurt_partner', 'partner_who_broke_trust'] as const;
/** How item answers combine into a score. */
export const SCORING_METHODS = ['mean', 'sum'] as const;
/** Which way of moving a score is the hopeful one, so charts and copy never guess. */
export const DIRECTIONS = ['up', 'down'] as const;

/** How often an instrument is offered. */
export type Cadence = (typeof CADENCES)[number];
/** Which way of moving a score is the hopeful one. */
export type Direction = (typeof DIRECTIONS)[number];

// Wide enough for a 0–100 slider, narrow enough that a typo (1–700) is caught.
const MAX_SCALE_SPAN = 100;
const MAX_ITEMS = 200;

// Item and subscale ids end up inside stored (encrypted) answers, so they must be stable,
// short and boring: no spaces, no punctuation that needs escaping anywhere.
const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;
const ID_HELP = 'Use 1–64 letters, digits, ".", "_" or "-", starting with a letter or digit.';

const unknownFields = (iss: { code: string; keys?: string[] }) =>
  iss.code === 'unrecognized_keys' && iss.keys
    ? `Unknown field${iss.keys.length > 1 ? 's' : ''} ${iss.keys.map((k) => `"${k}"`).join(', ')}. Check the spelling against docs/QUESTIONNAIRES.md.`
    : undefined;

/** A strict object: a misspelt optional field would otherwise be silently ignored. */
const strict = <T extends z.core.$ZodLooseShape>(what: string, shape: T) =>
  z.strictObject(shape, {
    error: (iss) => unknownFields(iss as { code: string; keys?: string[] }) ?? `${what} must be an object.`,
  });

const text = (what: string, max: number) =>
  z
    .string({ error: (iss) => (iss.input === undefined ? `${what} is required.` : `${what} must be text.`) })
    .trim()
    .min(1, { error: `${what} can't be empty.` })
    .max(max, { error: `${what} must be at most ${max} characters.` });

const id = (what: string) =>
  z
    .string({ error: (iss) => (iss.input === undefined ? `${what} is required.` : `${what} must be text.`) })
    .regex(ID_PATTERN, { error: `${what} isn't a usable id. ${ID_HELP}` });

const whole = (what: string) =>
  z.int({
    error: (iss) => (iss.input === undefined ? `${what} is required.` : `${what} must be a whole number.`),
  });

const oneOf = <T extends readonly [string, ...string[]]>(what: string, values: T) =>
  z.enum(values, {
    error: (iss) =>
      iss.input === undefined
        ? `${what} is required: one of ${values.map((v) => `"${v}"`).join(', ')}.`
        : `${what} must be one of ${values.map((v) => `"${v}"`).join(', ')}.`,
  });

const sourceSchema = z.discriminatedUnion(
  'kind',
  [
    strict('source', {
      kind: z.literal('mend'),
      note: text('source.note', 500).optional(),
    }),
    // A licensed instrument must say where it comes from and under what terms, so whoever
    // sees it in Mend can tell it apart from Mend's own words.
    strict('source', {
      kind: z.literal('licensed'),
      citation: text('source.citation', 500),
      licence: text('source.licence', 500),
      note: text('source.note', 500).optional(),
    }),
  ],
  {
    error: (iss) =>
      iss.input === undefined
        ? 'source is required: { "kind": "mend" }, or { "kind": "licensed", "citation", "licence" }.'
        : 'source.kind must be "mend" or "licensed".',
  },
);

const anchorSchema = strict('An anchor', {
  value: whole('anchor value'),
  label: text('anchor label', 60),
});

const scaleSchema = strict('scale', {
  min: whole('scale.min'),
  max: whole('scale.max'),
  anchors: z
    .array(anchorSchema, { error: 'scale.anchors must be a list of { value, label }.' })
    .min(2, { error: 'Label at least the two ends of the scale.' }),
});

const itemSchema = strict('An item', {
  id: id('Item id'),
  text: text('Item text', 300),
});

const subscaleSchema = strict('A subscale', {
  id: id('Subscale id'),
  title: text('Subscale title', 80),
  description: text('Subscale description', 300).optional(),
  items: z
    .array(id('Subscale item reference'), { error: 'A subscale needs a list of item ids.' })
    .min(1, { error: 'A subscale needs at least one item.' }),
  hopefulDirection: oneOf('hopefulDirection', DIRECTIONS).default('up'),
});

const totalSchema = strict('scoring.total', {
  title: text('scoring.total.title', 80).optional(),
  hopefulDirection: oneOf('hopefulDirection', DIRECTIONS).default('up'),
  // Subscales that measure the opposite of the total (avoidance inside a forgiveness
  // total): their items are reversed once more when they count toward the total.
  reverseSubscales: z
    .array(id('Subscale reference'), { error: 'reverseSubscales must be a list of subscale ids.' })
    .default([]),
});

const scoringSchema = strict('scoring', {
  method: oneOf('scoring.method', SCORING_METHODS),
  minAnsweredShare: z
    .number({ error: 'scoring.minAnsweredShare must be a number above 0 and at most 1.' })
    .gt(0, { error: 'scoring.minAnsweredShare must be above 0.' })
    .lte(1, { error: 'scoring.minAnsweredShare must be at most 1.' })
    .default(0.8),
  // null: the instrument has no overall score, only its subscales.
  total: z
    .union([totalSchema, z.null()], { error: 'scoring.total must be an object or null.' })
    .prefault({}),
});

/**
 * The instrument format as a strict zod schema: unknown fields are rejected, and the
 * cross-references (unique ids, reverse-keyed items and subscale items that exist, a scale
 * whose min is below its max) are checked in the same pass.
 */
export const instrumentSchema = strict('An instrument', {
  format: z.literal(INSTRUMENT_FORMAT, { error: `format must be "${INSTRUMENT_FORMAT}".` }),
  id: id('id'),
  version: whole('version').min(1, { error: 'version must be 1 or more.' }),
  title: text('title', 120),
  whyWeAsk: text('whyWeAsk', 240),
  intro: text('intro', 600).optional(),
  language: z
    .string({ error: 'language must be text, such as "en" or "pt-BR".' })
    .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, { error: 'language must be a language tag, such as "en" or "pt-BR".' })
    .optional(),
  source: sourceSchema,
  audience: oneOf('audience', AUDIENCES),
  cadence: oneOf('cadence', CADENCES),
  scale: scaleSchema,
  items: z
    .array(itemSchema, { error: 'items must be a list of { id, text }.' })
    .min(1, { error: 'An instrument needs at least one item.' })
    .max(MAX_ITEMS, { error: `An instrument can have at most ${MAX_ITEMS} items.` }),
  reverseKeyed: z
    .array(id('Reverse-keyed item reference'), { error: 'reverseKeyed must be a list of item ids.' })
    .default([]),
  subscales: z.array(subscaleSchema, { error: 'subscales must be a list.' }).default([]),
  scoring: scoringSchema,
}).superRefine(crossCheck, {
  // Run even when some fields are malformed, so an author sees every problem at once
  // rather than fixing them one round at a time. crossCheck reads defensively for that.
  when: (payload) => typeof payload.value === 'object' && payload.value !== null,
});

/** A parsed, checked instrument (defaults filled in). */
export type Instrument = z.output<typeof instrumentSchema>;

type Ctx = z.core.$RefinementCtx<unknown>;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const listOf = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);

function crossCheck(value: unknown, ctx: Ctx): void {
  if (!isRecord(value)) return;
  const problem = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message, input: value });

  // Scale
  const scale = isRecord(value.scale) ? value.scale : undefined;
  const min = scale?.min;
  const max = scale?.max;
  const scaleOk = isInt(min) && isInt(max) && min < max;
  if (isInt(min) && isInt(max)) {
    if (min >= max) problem(['scale', 'max'], `scale.max (${max}) must be greater than scale.min (${min}).`);
    else if (max - min > MAX_SCALE_SPAN) problem(['scale', 'max'], `The scale spans ${max - min} points; at most ${MAX_SCALE_SPAN} are allowed.`);
  }
  if (scaleOk) {
    const seen = new Set<number>();
    listOf(scale?.anchors).forEach((anchor, i) => {
      const v = isRecord(anchor) ? anchor.value : undefined;
      if (!isInt(v)) return;
      if (v < min || v > max) problem(['scale', 'anchors', i, 'value'], `Anchor ${v} is outside the scale (${min}–${max}).`);
      if (seen.has(v)) problem(['scale', 'anchors', i, 'value'], `Anchor ${v} is labelled twice.`);
      seen.add(v);
    });
    // The two ends must be named, or a person can't tell which end means what.
    if (Array.isArray(scale?.anchors)) {
      if (!seen.has(min)) problem(['scale', 'anchors'], `Label the low end of the scale (${min}).`);
      if (!seen.has(max)) problem(['scale', 'anchors'], `Label the high end of the scale (${max}).`);
    }
  }

  // Items: ids unique.
  const itemsKnown = Array.isArray(value.items);
  const itemIds = new Map<string, number>();
  listOf(value.items).forEach((item, i) => {
    const itemId = isRecord(item) ? item.id : undefined;
    if (typeof itemId !== 'string') return;
    const first = itemIds.get(itemId);
    if (first !== undefined) problem(['items', i, 'id'], `Item id "${itemId}" is used twice (also items[${first}]).`);
    else itemIds.set(itemId, i);
  });
  const checkRef = (ref: unknown, path: (string | number)[], what: string) => {
    if (itemsKnown && typeof ref === 'string' && ID_PATTERN.test(ref) && !itemIds.has(ref)) {
      problem(path, `${what} "${ref}" is not an item in this instrument.`);
    }
  };
  const checkNoRepeats = (refs: unknown[], path: (string | number)[], what: string) => {
    const seen = new Set<unknown>();
    refs.forEach((ref, i) => {
      if (typeof ref === 'string' && seen.has(ref)) problem([...path, i], `${what} "${ref}" is listed twice.`);
      seen.add(ref);
    });
  };

  // Reverse-keyed items exist.
  const reverse = listOf(value.reverseKeyed);
  reverse.forEach((ref, i) => checkRef(ref, ['reverseKeyed', i], 'Reverse-keyed item'));
  checkNoRepeats(reverse, ['reverseKeyed'], 'Reverse-keyed item');

  // Subscales: ids unique, items exist.
  const subscaleIds = new Map<string, number>();
  const subscales = listOf(value.subscales);
  subscales.forEach((sub, s) => {
    if (!isRecord(sub)) return;
    if (typeof sub.id === 'string') {
      const first = subscaleIds.get(sub.id);
      if (first !== undefined) problem(['subscales', s, 'id'], `Subscale id "${sub.id}" is used twice (also subscales[${first}]).`);
      else subscaleIds.set(sub.id, s);
    }
    const refs = listOf(sub.items);
    refs.forEach((ref, i) => checkRef(ref, ['subscales', s, 'items', i], 'Subscale item'));
    checkNoRepeats(refs, ['subscales', s, 'items'], 'Item');
  });

  // Total: reversed subscales exist, and point the other way from the total.
  const scoring = isRecord(value.scoring) ? value.scoring : undefined;
  const total = scoring?.total;
  if (!isRecord(total)) return;
  const totalHope = total.hopefulDirection ?? 'up';
  const reversed = new Set<string>();
  const reverseSubs = listOf(total.reverseSubscales);
  reverseSubs.forEach((ref, i) => {
    if (typeof ref !== 'string') return;
    if (!subscaleIds.has(ref)) problem(['scoring', 'total', 'reverseSubscales', i], `Subscale "${ref}" is not a subscale of this instrument.`);
    reversed.add(ref);
  });
  checkNoRepeats(reverseSubs, ['scoring', 'total', 'reverseSubscales'], 'Subscale');

  // An item inside both a reversed and a plain subscale would count both ways at once.
  const itemSide = new Map<string, { reversed: boolean; subscale: string }>();
  subscales.forEach((sub, s) => {
    if (!isRecord(sub) || typeof sub.id !== 'string') return;
    const isReversed = reversed.has(sub.id);
    const hope = sub.hopefulDirection ?? 'up';
    if (typeof hope === 'string' && typeof totalHope === 'string' && (hope === totalHope) === isReversed) {
      problem(
        ['subscales', s, 'hopefulDirection'],
        isReversed
          ? `Subscale "${sub.id}" counts reversed in the total, so its hopefulDirection must be the opposite of the total's ("${totalHope}").`
          : `Subscale "${sub.id}" counts as-is in the total, so its hopefulDirection must match the total's ("${totalHope}"); or list it in scoring.total.reverseSubscales.`,
      );
    }
    listOf(sub.items).forEach((ref, i) => {
      if (typeof ref !== 'string') return;
      const other = itemSide.get(ref);
      if (other && other.reversed !== isReversed) {
        problem(
          ['subscales', s, 'items', i],
          `Item "${ref}" is in "${other.subscale}" and "${sub.id}", but only one of them is reversed in the total.`,
        );
      }
      if (!other) itemSide.set(ref, { reversed: isReversed, subscale: sub.id as string });
    });
  });
}

/** One problem with an instrument or an answer, with where it is. */
export interface QuestionnaireIssue {
  /** Where the problem is, such as `items[2].id` ("" for the whole document). */
  readonly path: string;
  /** What is wrong, in plain words. */
  readonly message: string;
}

/** Formats a zod path as `items[2].id`, the way an author would look for it in the file. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    const name = String(key);
    return out ? `${out}.${name}` : name;
  }, '');
}

/** Thrown by parseInstrument: every problem in the document, each with its path. */
export class InstrumentFormatError extends Error {
  override readonly name = 'InstrumentFormatError';
  /** Every problem found, in document order as far as zod reports it. */
  readonly issues: readonly QuestionnaireIssue[];

  constructor(issues: readonly QuestionnaireIssue[]) {
    const count = issues.length === 1 ? 'a problem' : `${issues.length} problems`;
    super(`This instrument has ${count}:\n${issues.map((i) => `- ${i.path || '(document)'}: ${i.message}`).join('\n')}`);
    this.issues = issues;
  }
}

/** Checks an instrument definition (already JSON-parsed) and returns it, or throws InstrumentFormatError. */
export function parseInstrument(json: unknown): Instrument {
  const result = instrumentSchema.safeParse(json);
  if (result.success) return result.data;
  throw new InstrumentFormatError(result.error.issues.map((i) => ({ path: formatPath(i.path), message: i.message })));
}

/** Parses instrument JSON text (as read from a clinic's file) and checks it like parseInstrument. */
export function parseInstrumentJson(text: string): Instrument {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    throw new InstrumentFormatError([{ path: '', message: `This file isn't valid JSON (${detail}).` }]);
  }
  return parseInstrument(json);
}
