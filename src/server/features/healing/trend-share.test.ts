import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TREND_MIN_PER_WEEK } from '../../../core/healing/index.js';
import { createTestApp, type TestApp } from '../../test/app.js';
import { testDialects } from '../../test/databases.js';
import { errorOf } from '../../test/errors.js';
import { couple } from '../../test/sides.js';

const dialects = await testDialects();

describe.each(dialects)('a shared trend needs enough check-ins behind it, on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  it('refuses to share a trend until its author has a week’s minimum of check-ins; the partner gets nothing before', async () => {
    const [ada, ben] = await couple(t.app);
    const trend = { from: '2026-02-09', to: '2026-03-08', per: 'week' as const, series: [{ date: '2026-03-08', trust: 7, safety: 7, hope: 7, mood: 7 }] };
    const item = await ada.items.create('trend_share', trend, {});
    // One check-in (the bug: its exact values shown as a trend), then one short of the minimum.
    for (let n = 1; n < TREND_MIN_PER_WEEK; n++) {
      await ada.items.create('checkin', { date: `2026-03-0${n + 1}`, trust: 7, safety: 7, hope: 7, mood: 7 }, {});
      const refused = await errorOf(ada.items.share(item, ada.partner));
      expect(refused).toEqual({ status: 409, code: 'forbidden' });
      expect(await ben.items.list('trend_share')).toEqual([]);
    }
    // Ben's check-ins don't count for Ada.
    await ben.items.create('checkin', { date: '2026-03-05', trust: 1, safety: 1, hope: 1, mood: 1 }, {});
    expect(await errorOf(ada.items.share(item, ada.partner))).toEqual({ status: 409, code: 'forbidden' });

    await ada.items.create('checkin', { date: '2026-03-06', trust: 7, safety: 7, hope: 7, mood: 7 }, {});
    await ada.items.share(item, ada.partner);
    const seen = await ben.items.list('trend_share');
    expect(seen.map((i) => i.content)).toEqual([trend]);
  });
});
