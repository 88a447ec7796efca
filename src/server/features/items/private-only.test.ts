import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ITEM_KINDS, PRIVATE_ONLY_KINDS } from '../../../shared/kinds.js';
import { createTestApp, type TestApp } from '../../test/app.js';
import { testDialects } from '../../test/databases.js';
import { errorOf } from '../../test/errors.js';
import { couple } from '../../test/sides.js';

const dialects = await testDialects();

describe.each(dialects)('kinds that stay with their author, on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  it('refuses to share any of them, and the partner never receives one', async () => {
    const [ada, ben] = await couple(t.app);
    expect(PRIVATE_ONLY_KINDS).toEqual(expect.arrayContaining(['checkin', 'stance', 'questionnaire_result', 'trigger', 'values_reflection', 'safety_check', 'key_pins']));
    for (const kind of PRIVATE_ONLY_KINDS) {
      // Every private-only kind declares an empty state.
      expect(ITEM_KINDS[kind].state.safeParse({}).success).toBe(true);
      const item = await ada.items.create(kind, { text: `private ${kind}` }, {});
      expect(await errorOf(ada.items.share(item, ada.partner))).toEqual({ status: 409, code: 'forbidden' });
      expect(await ben.items.list(kind)).toEqual([]);
    }
  });
});
