import type { Request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { pairedAccounts } from './support/accounts.js';
import { browserAvailable } from './support/browser.js';
import { partnerSuite } from './support/suite.js';
import { clean, itemsFor } from './support/today.js';

/*
 * A live `items.changed` names the kinds that changed, and a page fetches only those again:
 * Today used to fetch every kind of every card (11 GETs) for each event.
 */

const hasBrowser = browserAvailable();
describe.runIf(hasBrowser)('live events on Today', () => {
  const suite = partnerSuite();

  it('fetch again only the kind the partner shared, once for all the cards that show it', async () => {
    const [kaiAccount, leeAccount] = await pairedAccounts(suite.server().url, ['Kai', 'Lee']);
    const { items, partner } = await itemsFor(kaiAccount);
    const lee = await suite.open(leeAccount, '/today');
    await lee.page.getByTestId('next-steps').waitFor();
    const card = lee.page.getByTestId('partner-hard-moment');

    // A first share shows up by the live stream alone: the stream is open before counting starts.
    await items.share(await items.create('hard_moment', { text: 'First: a hard morning.' }, {}), partner);
    await expect.poll(() => card.innerText(), { timeout: 10_000 }).toContain('First: a hard morning.');

    const fetched: string[] = [];
    const count = (r: Request) => {
      const url = new URL(r.url());
      if (r.method() === 'GET' && url.pathname === '/api/items') fetched.push(url.searchParams.get('kind') ?? '');
    };
    lee.page.on('request', count);
    await items.share(await items.create('hard_moment', { text: 'Second: can you call?' }, {}), partner);
    // Every fetch the event starts is asked for at once; the newer words on the card come from it.
    await expect.poll(() => card.innerText(), { timeout: 10_000 }).toContain('Second: can you call?');
    lee.page.off('request', count);
    expect(fetched).toEqual(['hard_moment']);
    clean([lee]);
  });
});
