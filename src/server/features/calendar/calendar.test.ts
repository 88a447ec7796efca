import ICAL from 'ical.js';
import type { ItemStateInput } from '../../../shared/kinds.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CalendarClient } from '../../../shared/client/index.js';
import { buildApp } from '../../app.js';
import { testConfig } from '../../config.js';
import { createTestDatabase, testDialects, type TestDatabase } from '../../test/databases.js';
import { couple } from '../../test/sides.js';
import type { FastifyInstance } from 'fastify';

const dialects = await testDialects();
const plan = (time: string): ItemStateInput<'ritual'> => ({ segments: [{ type: 'weekly', time, timeZone: 'Europe/Warsaw', startDate: '2026-11-02', weekdays: ['MO'] }], status: 'active', remindMinutesBefore: 15 });

describe.each(dialects)('the calendar subscription on %s', (dialect) => {
  let database: TestDatabase;
  let app: FastifyInstance;
  const logs: string[] = [];
  beforeAll(async () => {
    database = await createTestDatabase(dialect);
    app = await buildApp({ config: testConfig({ logLevel: 'info' }), db: database.handle, logStream: { write: (l) => logs.push(l) } });
  });
  afterAll(async () => {
    await app.close();
    await database.drop();
  });

  const fetchFeed = (url: string) => app.inject({ method: 'GET', url: new URL(url).pathname });

  it('lists the times of the rituals one reads, each titled "Mend", and stops when revoked', async () => {
    const [ada, ben] = await couple(app);
    const cal = new CalendarClient(ada.person.client);
    expect(await cal.feed()).toEqual({ active: false, createdAt: null });
    await ada.items.share(await ada.items.create('ritual', { title: 'Morning coffee, phones away' }, plan('07:30')), ada.partner);
    await ben.items.share(await ben.items.create('ritual', { title: 'Evening walk' }, plan('20:00')), ben.partner);
    await ben.items.create('ritual', { title: 'Ben alone' }, plan('06:00'));
    const { url } = await cal.createFeed();
    expect((await cal.feed()).active).toBe(true);

    const res = await fetchFeed(url);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/calendar');
    const events = new ICAL.Component(ICAL.parse(res.body)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    // Ada's and Ben's shared rituals; not Ben's private one.
    expect(events.map((e) => e.startDate.toString().slice(11, 16)).sort()).toEqual(['07:30', '20:00']);
    expect(events.every((e) => e.summary === 'Mend')).toBe(true);
    expect(res.body).not.toMatch(/coffee|walk|alone/i);
    expect(events[0]!.component.getFirstPropertyValue('rrule')?.toString()).toContain('FREQ=WEEKLY');

    // A new link replaces the old one; revoking stops it.
    const { url: second } = await cal.createFeed();
    expect((await fetchFeed(url)).statusCode).toBe(404);
    expect((await fetchFeed(second)).statusCode).toBe(200);
    await cal.revokeFeed();
    expect((await fetchFeed(second)).statusCode).toBe(404);
    expect((await fetchFeed(`${second.split('/calendar/')[0]}/calendar/not-a-token.ics`)).statusCode).toBe(400);

    // The link's secret never reaches the log.
    const token = second.split('/calendar/')[1]!.replace('.ics', '');
    expect(logs.join('\n')).not.toContain(token);
    expect(logs.join('\n')).toContain('/calendar/…');
  });

  it('follows the readers rule: a former partner\'s rituals leave the feed', async () => {
    const [ada, ben] = await couple(app);
    await ben.items.share(await ben.items.create('ritual', { title: 'Walk' }, plan('20:00')), ben.partner);
    const { url } = await new CalendarClient(ada.person.client).createFeed();
    expect(new ICAL.Component(ICAL.parse((await fetchFeed(url)).body)).getAllSubcomponents('vevent')).toHaveLength(1);
    await ben.person.client.leave();
    expect(new ICAL.Component(ICAL.parse((await fetchFeed(url)).body)).getAllSubcomponents('vevent')).toHaveLength(0);
    // Revoking when there is no link is fine.
    await expect(new CalendarClient(ben.person.client).revokeFeed()).resolves.toBeUndefined();
  });
});
