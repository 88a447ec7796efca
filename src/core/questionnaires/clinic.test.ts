import { describe, expect, it } from 'vitest';
import {
  InstrumentFormatError,
  deadBandFor,
  hopefulDirection,
  isDue,
  parseInstrumentJson,
  score,
  scoreRange,
  trend,
} from './index.js';

/*
 * A clinic-style instrument, as a clinic would hand it over: a JSON file with sum scoring,
 * a 0–4 scale, reverse-keyed items and a subscale that counts reversed in the total. The
 * items are placeholders written for this test, not any published instrument's.
 */
const clinicFile = `{
  "format": "mend.instrument/1",
  "id": "example-clinic.couple-check",
  "version": 3,
  "title": "Example Clinic couple check",
  "whyWeAsk": "Your counsellor uses this to see how things are moving between sessions.",
  "intro": "Over the past three months, how often was each of these true?",
  "language": "en-GB",
  "source": {
    "kind": "licensed",
    "citation": "Example, A. (2021). The Example Couple Check. Journal of Examples, 1(1), 1-10.",
    "licence": "Used under Example Clinic's licence for its own clients."
  },
  "audience": "each",
  "cadence": "quarterly",
  "scale": {
    "min": 0,
    "max": 4,
    "anchors": [
      { "value": 0, "label": "Never" },
      { "value": 2, "label": "Sometimes" },
      { "value": 4, "label": "Always" }
    ]
  },
  "items": [
    { "id": "q1", "text": "Placeholder statement one." },
    { "id": "q2", "text": "Placeholder statement two." },
    { "id": "q3", "text": "Placeholder statement three." },
    { "id": "q4", "text": "Placeholder statement four." },
    { "id": "q5", "text": "Placeholder statement five." },
    { "id": "q6", "text": "Placeholder statement six." }
  ],
  "reverseKeyed": ["q3", "q6"],
  "subscales": [
    { "id": "calm", "title": "Calm", "items": ["q1", "q2", "q3"] },
    { "id": "strain", "title": "Strain", "items": ["q4", "q5", "q6"], "hopefulDirection": "down" }
  ],
  "scoring": {
    "method": "sum",
    "minAnsweredShare": 0.8,
    "total": { "title": "Overall", "hopefulDirection": "up", "reverseSubscales": ["strain"] }
  }
}`;

describe('a licensed instrument loaded from a JSON file', () => {
  const clinic = parseInstrumentJson(clinicFile);

  it('parses through the same schema', () => {
    expect(clinic).toMatchObject({ id: 'example-clinic.couple-check', cadence: 'quarterly', source: { kind: 'licensed' } });
  });

  it('sums with reverse-keyed items and a subscale reversed in the total', () => {
    // Reverse on 0–4 is 4 − answer.
    // calm: q1 3 + q2 4 + q3 (1 → 3) = 10
    // strain: q4 2 + q5 1 + q6 (4 → 0) = 3
    // total: calm as-is 10, strain turned round: (4−2) + (4−1) + (4−0) = 9 → 19
    const result = score(clinic, { q1: 3, q2: 4, q3: 1, q4: 2, q5: 1, q6: 4 });
    expect(result).toEqual({ total: 19, subscales: { calm: 10, strain: 3 }, answered: 6, missing: [] });
  });

  it('prorates a sum over the answered items', () => {
    // Without q2: calm has 2 of 3 (below ceil(0.8 × 3) = 3) → null.
    // total has 5 of 6 (ceil(0.8 × 6) = 5): items toward the total 3, 3, 2, 3, 4 → mean 3 → × 6 = 18
    const result = score(clinic, { q1: 3, q3: 1, q4: 2, q5: 1, q6: 4 });
    expect(result).toEqual({ total: 18, subscales: { calm: null, strain: 3 }, answered: 5, missing: ['q2'] });
  });

  it('rejects answers outside its own 0–4 scale', () => {
    expect(() => score(clinic, { q1: 5 })).toThrow(/whole number from 0 to 4; got 5/);
    expect(() => score(clinic, { q1: -1 })).toThrow(/whole number from 0 to 4/);
    expect(score(clinic, { q1: 0 }).answered).toBe(1);
  });

  it('has ranges, dead bands and directions that follow its scoring', () => {
    expect(scoreRange(clinic)).toEqual({ min: 0, max: 24 });
    expect(scoreRange(clinic, 'strain')).toEqual({ min: 0, max: 12 });
    expect(deadBandFor(clinic)).toBe(1.2);
    expect(hopefulDirection(clinic)).toBe('up');
    expect(hopefulDirection(clinic, 'strain')).toBe('down');
    const points = [16, 17, 19, 20].map((value, i) => ({ takenAt: new Date(Date.UTC(2024, i * 3, 1)), value }));
    expect(trend(points, { deadBand: deadBandFor(clinic) })).toMatchObject({ direction: 'up', change: 3 });
  });

  it('is offered by its own cadence', () => {
    expect(isDue(clinic, new Date('2024-01-10T10:00:00Z'), new Date('2024-03-10T10:00:00Z'))).toBe(false);
    expect(isDue(clinic, new Date('2024-01-10T10:00:00Z'), new Date('2024-04-10T00:00:00Z'))).toBe(true);
  });

  it('is refused with every problem listed when the file is edited badly', () => {
    const broken = clinicFile.replace('"cadence": "quarterly"', '"cadence": "fortnightly"').replace('"reverseKeyed": ["q3", "q6"]', '"reverseKeyed": ["q3", "q7"]');
    try {
      parseInstrumentJson(broken);
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(InstrumentFormatError);
      expect((err as InstrumentFormatError).issues.map((i) => i.path)).toEqual(['cadence', 'reverseKeyed[1]']);
    }
  });
});
