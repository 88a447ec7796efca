import { mkdirSync } from 'node:fs';
import { expect } from 'vitest';
import { ItemsClient } from '../../src/shared/client/index.js';
import type { PersonPage } from '../page-models/person.js';
import type { Account } from './accounts.js';

/** A phone-first and a desktop viewport for the Today browser tests. */
export const DESKTOP = { width: 1280, height: 800 };

/** Keeps a full-page picture when MEND_SHOTS_DIR is set (to look at a changed screen). */
export async function shot(p: PersonPage, name: string): Promise<void> {
  const dir = process.env.MEND_SHOTS_DIR;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  await p.page.screenshot({ path: `${dir}/${name}.png`, fullPage: true });
}

/** An items client for an account made by script, seeing its partner's keys. */
export async function itemsFor(account: Account) {
  const partner = (await account.client.currentCouple())?.partner ?? null;
  if (!partner) throw new Error('not paired');
  return { items: new ItemsClient(account.client, () => partner), partner };
}

/** No axe finding and no request beyond this machine, for each person. */
export function clean(people: PersonPage[]): void {
  for (const p of people) {
    expect(p.axeFindings, `axe findings for ${p.name}`).toEqual([]);
    expect(p.outsideRequests).toEqual([]);
  }
}
