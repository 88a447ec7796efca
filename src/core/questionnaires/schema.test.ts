import { describe, expect, it } from 'vitest';
import forgivenessJson from './instruments/forgiveness-check.json' with { type: 'json' };
import relationshipJson from './instruments/relationship-check.json' with { type: 'json' };
import trustJson from './instruments/trust-check.json' with { type: 'json' };
import {
  InstrumentFormatError,
  formatPath,
  instrumentSchema,
  parseInstrument,
  parseInstrumentJson,
  type QuestionnaireIssue,
} from './index.js';

/** A small valid instrument; each test breaks one thing in a fresh copy. */
function valid(): Record<string, unknown> & {
  scale: Record<string, unknown> & { anchors: { value: number; label: string }[] };
  items: Record<string, unknown>[];
  subscales: (Record<string, unknown> & { items: string[] })[];
  scoring: Record<string, unknown>;
} {
  return {
    format: 'mend.instrument/1',
    id: 'test.small',
    version: 1,
    title: 'A small check',
    whyWeAsk: 'So the tests have something to hold.',
    source: { kind: 'mend' },
    audience: 'each',
    cadence: 'monthly',
    scale: { min: 1, max: 5, anchors: [{ value: 1, label: 'Not at all' }, { value: 5, label: 'Completely' }] },
    items: [
      { id: 'a', text: 'First statement.' },
      { id: 'b', text: 'Second statement.' },
      { id: 'c', text: 'Third statement.' },
    ],
    reverseKeyed: ['c'],
    subscales: [
      { id: 'one', title: 'One', items: ['a', 'b'] },
      { id: 'two', title: 'Two', items: ['c'] },
    ],
    scoring: { method: 'mean' },
  };
}

/** The issues parseInstrument reports for input, or fails the test if it parses. */
function issuesOf(input: unknown): QuestionnaireIssue[] {
  try {
    parseInstrument(input);
  } catch (err) {
    expect(err).toBeInstanceOf(InstrumentFormatError);
    return [...(err as InstrumentFormatError).issues];
  }
  throw new Error('expected the instrument to be rejected');
}

function expectIssue(input: unknown, path: string, message: RegExp): void {
  expect(issuesOf(input)).toContainEqual({ path, message: expect.stringMatching(message) });
}

describe('instrumentSchema accepts', () => {
  it.each([
    ['relationship check', relationshipJson],
    ['trust check', trustJson],
    ['forgiveness check', forgivenessJson],
  ])("Mend's %s", (_name, json) => {
    expect(instrumentSchema.safeParse(json).success).toBe(true);
  });

  it('a minimal instrument, filling in the documented defaults', () => {
    const { reverseKeyed: _r, subscales: _s, ...minimal } = valid();
    const parsed = parseInstrument(minimal);
    expect(parsed.reverseKeyed).toEqual([]);
    expect(parsed.subscales).toEqual([]);
    expect(parsed.scoring).toEqual({ method: 'mean', minAnsweredShare: 0.8, total: { hopefulDirection: 'up', reverseSubscales: [] } });
  });

  it('a subscale without a hopefulDirection, which defaults to up', () => {
    expect(parseInstrument(valid()).subscales.map((s) => s.hopefulDirection)).toEqual(['up', 'up']);
  });

  it('an instrument with no total (scoring.total null)', () => {
    const input = valid();
    input.scoring.total = null;
    expect(parseInstrument(input).scoring.total).toBeNull();
  });

  it('a licensed source with its citation and licence', () => {
    const input = valid();
    input.source = { kind: 'licensed', citation: 'Author (2020). A scale. Journal 1(1).', licence: 'Licensed to Example Clinic for client use.' };
    expect(parseInstrument(input).source).toMatchObject({ kind: 'licensed' });
  });
});

describe('instrumentSchema rejects', () => {
  it('something that is not an object', () => {
    expect(issuesOf(null)).toEqual([{ path: '', message: 'An instrument must be an object.' }]);
    expect(issuesOf([])).toHaveLength(1);
  });

  it('a wrong or missing format tag', () => {
    expectIssue({ ...valid(), format: 'mend.instrument/2' }, 'format', /must be "mend\.instrument\/1"/);
  });

  it('unknown fields, at the top and inside items, subscales, scale and scoring', () => {
    const input = valid();
    input.colour = 'blue';
    input.items[0]!.reversed = true;
    input.subscales[0]!.weight = 2;
    input.scale.step = 1;
    input.scoring.rounding = 2;
    const issues = issuesOf(input);
    expect(issues).toContainEqual({ path: '', message: expect.stringMatching(/Unknown field "colour"/) });
    expect(issues).toContainEqual({ path: 'items[0]', message: expect.stringMatching(/Unknown field "reversed"/) });
    expect(issues).toContainEqual({ path: 'subscales[0]', message: expect.stringMatching(/Unknown field "weight"/) });
    expect(issues).toContainEqual({ path: 'scale', message: expect.stringMatching(/Unknown field "step"/) });
    expect(issues).toContainEqual({ path: 'scoring', message: expect.stringMatching(/Unknown field "rounding"/) });
  });

  it('duplicate item ids', () => {
    const input = valid();
    input.items[2]!.id = 'a';
    expectIssue(input, 'items[2].id', /Item id "a" is used twice \(also items\[0\]\)/);
  });

  it('duplicate subscale ids', () => {
    const input = valid();
    input.subscales[1]!.id = 'one';
    expectIssue(input, 'subscales[1].id', /Subscale id "one" is used twice/);
  });

  it('unusable ids', () => {
    const input = valid();
    input.items[1]!.id = 'has space';
    expectIssue(input, 'items[1].id', /isn't a usable id/);
  });

  it('reverse-keyed items that do not exist, or are listed twice', () => {
    expectIssue({ ...valid(), reverseKeyed: ['c', 'z'] }, 'reverseKeyed[1]', /"z" is not an item/);
    expectIssue({ ...valid(), reverseKeyed: ['c', 'c'] }, 'reverseKeyed[1]', /listed twice/);
  });

  it('subscale item references that do not exist, or repeat', () => {
    const input = valid();
    input.subscales[0]!.items = ['a', 'nope', 'a'];
    const issues = issuesOf(input);
    expect(issues).toContainEqual({ path: 'subscales[0].items[1]', message: expect.stringMatching(/"nope" is not an item/) });
    expect(issues).toContainEqual({ path: 'subscales[0].items[2]', message: expect.stringMatching(/listed twice/) });
  });

  it('an empty subscale', () => {
    const input = valid();
    input.subscales[0]!.items = [];
    expectIssue(input, 'subscales[0].items', /at least one item/);
  });

  it('a scale whose min is not below its max', () => {
    const equal = valid();
    equal.scale = { min: 3, max: 3, anchors: [{ value: 3, label: 'Only' }, { value: 3, label: 'Again' }] };
    expectIssue(equal, 'scale.max', /must be greater than scale\.min/);
    const upsideDown = valid();
    upsideDown.scale.min = 5;
    upsideDown.scale.max = 1;
    expectIssue(upsideDown, 'scale.max', /scale\.max \(1\) must be greater than scale\.min \(5\)/);
  });

  it('a non-integer or huge scale', () => {
    const fractional = valid();
    fractional.scale.max = 4.5;
    expectIssue(fractional, 'scale.max', /whole number/);
    const huge = valid();
    huge.scale.max = 1000;
    expectIssue(huge, 'scale.max', /spans 999 points/);
  });

  it('anchors outside the scale, repeated, or leaving an end unlabelled', () => {
    const input = valid();
    input.scale.anchors = [
      { value: 1, label: 'Low' },
      { value: 1, label: 'Low again' },
      { value: 9, label: 'Off the end' },
    ];
    const issues = issuesOf(input);
    expect(issues).toContainEqual({ path: 'scale.anchors[1].value', message: expect.stringMatching(/labelled twice/) });
    expect(issues).toContainEqual({ path: 'scale.anchors[2].value', message: expect.stringMatching(/outside the scale \(1–5\)/) });
    expect(issues).toContainEqual({ path: 'scale.anchors', message: expect.stringMatching(/high end of the scale \(5\)/) });
  });

  it('a cadence other than weekly, monthly or quarterly', () => {
    expectIssue({ ...valid(), cadence: 'daily' }, 'cadence', /one of "weekly", "monthly", "quarterly"/);
  });

  it('an audience other than each, hurt_partner or partner_who_broke_trust', () => {
    expectIssue({ ...valid(), audience: 'victim' }, 'audience', /one of "each", "hurt_partner", "partner_who_broke_trust"/);
  });

  it('a scoring method other than mean or sum', () => {
    const input = valid();
    input.scoring.method = 'median';
    expectIssue(input, 'scoring.method', /one of "mean", "sum"/);
  });

  it('a minAnsweredShare of 0 or above 1', () => {
    const zero = valid();
    zero.scoring.minAnsweredShare = 0;
    expectIssue(zero, 'scoring.minAnsweredShare', /above 0/);
    const over = valid();
    over.scoring.minAnsweredShare = 1.2;
    expectIssue(over, 'scoring.minAnsweredShare', /at most 1/);
  });

  it('a licensed source without a citation or licence', () => {
    const input = valid();
    input.source = { kind: 'licensed' };
    const issues = issuesOf(input);
    expect(issues).toContainEqual({ path: 'source.citation', message: 'source.citation is required.' });
    expect(issues).toContainEqual({ path: 'source.licence', message: 'source.licence is required.' });
  });

  it('a missing source or an unknown source kind', () => {
    const { source: _s, ...noSource } = valid();
    expectIssue(noSource, 'source', /source is required/);
    expectIssue({ ...valid(), source: { kind: 'borrowed' } }, 'source.kind', /"mend" or "licensed"/);
  });

  it('empty or over-long text', () => {
    const input = valid();
    input.title = '   ';
    input.items[0]!.text = 'x'.repeat(301);
    const issues = issuesOf(input);
    expect(issues).toContainEqual({ path: 'title', message: "title can't be empty." });
    expect(issues).toContainEqual({ path: 'items[0].text', message: 'Item text must be at most 300 characters.' });
  });

  it('no items at all', () => {
    expectIssue({ ...valid(), items: [], reverseKeyed: [], subscales: [] }, 'items', /at least one item/);
  });

  it('a reversed subscale in the total that does not exist', () => {
    const input = valid();
    input.scoring.total = { reverseSubscales: ['three'] };
    expectIssue(input, 'scoring.total.reverseSubscales[0]', /"three" is not a subscale/);
  });

  it('a hopefulDirection that contradicts how the subscale counts in the total', () => {
    const reversedButSameWay = valid();
    reversedButSameWay.scoring.total = { reverseSubscales: ['two'] };
    expectIssue(reversedButSameWay, 'subscales[1].hopefulDirection', /opposite of the total's \("up"\)/);
    const plainButOpposite = valid();
    plainButOpposite.subscales[1]!.hopefulDirection = 'down';
    expectIssue(plainButOpposite, 'subscales[1].hopefulDirection', /must match the total's/);
  });

  it('an item in both a reversed and a plain subscale', () => {
    const input = valid();
    input.subscales[1]!.items = ['c', 'a'];
    input.subscales[1]!.hopefulDirection = 'down';
    input.scoring.total = { reverseSubscales: ['two'] };
    expectIssue(input, 'subscales[1].items[1]', /Item "a" is in "one" and "two", but only one of them is reversed/);
  });

  it('listing every problem at once, each with its path', () => {
    const input = valid();
    input.cadence = 'yearly';
    input.items[1]!.id = 'a';
    input.reverseKeyed = ['zz'];
    input.scale.min = 9;
    input.scoring.minAnsweredShare = 2;
    const err = (() => {
      try {
        parseInstrument(input);
      } catch (e) {
        return e as InstrumentFormatError;
      }
      throw new Error('expected a rejection');
    })();
    expect(err.issues.map((i) => i.path).sort()).toEqual(
      // Renaming item "b" also leaves subscale "one" pointing at an item that is gone.
      ['cadence', 'items[1].id', 'reverseKeyed[0]', 'scale.max', 'scoring.minAnsweredShare', 'subscales[0].items[1]'].sort(),
    );
    expect(err.message).toMatch(/^This instrument has 6 problems:\n- /);
    expect(err.message).toContain('- cadence: cadence must be one of');
  });
});

describe('parseInstrumentJson', () => {
  it('reports text that is not JSON as an instrument problem', () => {
    expect(() => parseInstrumentJson('{ "format": ')).toThrow(InstrumentFormatError);
    expect(() => parseInstrumentJson('{ "format": ')).toThrow(/isn't valid JSON/);
  });

  it('parses the same document as parseInstrument', () => {
    expect(parseInstrumentJson(JSON.stringify(valid()))).toEqual(parseInstrument(valid()));
  });
});

describe('formatPath', () => {
  it('writes paths the way an author finds them in the file', () => {
    expect(formatPath(['subscales', 0, 'items', 3])).toBe('subscales[0].items[3]');
    expect(formatPath([])).toBe('');
  });
});
