import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_NOTIFICATION_SETTINGS } from '../../../shared/api/notifications.js';
import { PromptsClient, SafetyClient } from '../../../shared/client/index.js';
import type { BusMessage } from '../../events/bus.js';
import { createTestApp, type TestApp } from '../../test/app.js';
import { testDialects } from '../../test/databases.js';
import { errorOf } from '../../test/errors.js';
import { couple, type Side } from '../../test/sides.js';

const dialects = await testDialects();

describe.each(dialects)('requests between partners (SAFE-11) on %s', (dialect) => {
  let t: TestApp;
  const published: BusMessage[] = [];
  beforeAll(async () => {
    t = await createTestApp(dialect);
    const publish = t.app.bus.publish.bind(t.app.bus);
    t.app.bus.publish = async (msg) => {
      published.push(msg);
      await publish(msg);
    };
  });
  afterAll(() => t.close());

  /** Ada answers today's prompt and lets Ben know; returns how many "your turn" events reached Ben, and the second try's answer. */
  async function nudge(ada: Side, ben: Side) {
    const prompts = new PromptsClient(ada.person.client, ada.items);
    const { day } = await prompts.today(new Date().toISOString().slice(0, 10));
    const answered = await prompts.answer(day!, { text: 'mine' }, ada.partner);
    const since = published.length;
    await prompts.nudge(answered.day!);
    const second = await errorOf(prompts.nudge(answered.day!));
    const reached = published.slice(since).filter((m) => m.event.type === 'prompts.nudged' && m.userIds.includes(ben.person.me.user.id)).length;
    return { reached, second };
  }

  it('reach the receiver once a day at most', async () => {
    const [ada, ben] = await couple(t.app);
    expect(await nudge(ada, ben)).toEqual({ reached: 1, second: { status: 429, code: 'rate_limited' } });
  });

  it('are muted by the receiver turning off news from their partner, and by a quiet hold — and the sender is told the same', async () => {
    const [ada, ben] = await couple(t.app);
    await ben.notifications.saveSettings({ ...DEFAULT_NOTIFICATION_SETTINGS, partner: false });
    expect(await nudge(ada, ben)).toEqual({ reached: 0, second: { status: 429, code: 'rate_limited' } });

    const [cy, dee] = await couple(t.app);
    await new SafetyClient(dee.person.client).startHold();
    expect(await nudge(cy, dee)).toEqual({ reached: 0, second: { status: 429, code: 'rate_limited' } });
  });
});
