import { describe, expect, it } from 'vitest';
import { draftsKey, encryptItem, randomBytes } from '../crypto/index.js';
import type { MendClient } from './client.js';
import { ItemsClient } from './items.js';
import { memorySeenVersions, type SeenVersions } from './seen-versions.js';

/*
 * Issue 14, item 4 for drafts: each sealed draft carries a version inside the encryption,
 * bound to its hashed name, and a device notices a draft listed older than it wrote or saw.
 */

type Row = { key: string; ciphertext: string; updatedAt: string };

/** One person's keys and a server that lists exactly `rows` (what a malicious server chooses). */
function person() {
  const keys = { userId: '00000000-0000-4000-8000-000000000001', masterKey: randomBytes(32) };
  let rows: Row[] = [];
  const client = {
    keys,
    call: (method: string, path: string) => {
      if (method === 'GET' && path === '/api/drafts') return Promise.resolve({ drafts: rows });
      throw new Error(`unexpected ${method} ${path}`);
    },
  } as unknown as MendClient;
  const device = (now: () => number, seen: SeenVersions = memorySeenVersions()) => new ItemsClient(client, () => null, { seen, now });
  return { keys, device, serve: (r: Row[]) => void (rows = r) };
}

const row = (items: ItemsClient, key: string, ciphertext: string): Row => ({ key: items.draftName(key), ciphertext, updatedAt: '2026-12-07T00:00:00.000Z' });

describe('draft versions', () => {
  it('seals a version inside, above the clock and above every earlier one', () => {
    const ada = person();
    const seen = memorySeenVersions();
    const items = ada.device(() => 1000, seen);
    const first = items.sealDraft('apology:compose', { text: 'I am' });
    expect(items.openDraftVersioned('apology:compose', first)).toEqual({ body: { text: 'I am' }, version: 1000 });
    // The clock did not move (or went back): the version still does.
    const second = items.sealDraft('apology:compose', { text: 'I am sorry' });
    expect(items.openDraftVersioned('apology:compose', second)).toEqual({ body: { text: 'I am sorry' }, version: 1001 });
    expect(items.openDraft('apology:compose', second)).toEqual({ text: 'I am sorry' });
    // The mark is kept under the hashed name, never the plain one.
    expect(seen.get(items.draftName('apology:compose'))).toBe(1001);
    expect(seen.get('apology:compose')).toBeNull();
  });

  it('refuses a draft swapped under another name', async () => {
    const ada = person();
    const items = ada.device(() => 1000);
    const compose = items.sealDraft('apology:compose', { text: 'to Ben' });
    expect(items.openDraftVersioned('apology:revise', compose)).toBeNull();
    ada.serve([row(items, 'apology:revise', compose)]);
    expect(await items.drafts()).toEqual([]);
  });

  it('reads drafts sealed before versions as version 0', () => {
    const ada = person();
    const items = ada.device(() => 1000);
    const dk = draftsKey(ada.keys.masterKey);
    const ad = (itemId: string, version: number) => ({ itemId, kind: 'draft', version, coupleId: null, authorId: ada.keys.userId });
    const hashed = encryptItem(dk, ad(`draft:${items.draftName('note:new')}`, 1), JSON.stringify({ key: 'note:new', body: { text: 'hashed, no version' } }));
    const plain = encryptItem(dk, ad('draft:note:new', 0), JSON.stringify({ text: 'plain name' }));
    expect(items.openDraftVersioned('note:new', hashed)).toEqual({ body: { text: 'hashed, no version' }, version: 0 });
    expect(items.openDraftVersioned('note:new', plain)).toEqual({ body: { text: 'plain name' }, version: 0 });
  });

  it('flags a draft listed older than this device wrote or saw, and follows newer ones', async () => {
    const ada = person();
    let clock = 1000;
    const laptop = ada.device(() => clock);
    const older = laptop.sealDraft('apology:compose', { text: 'first' });
    clock = 2000;
    const newer = laptop.sealDraft('apology:compose', { text: 'second' });

    ada.serve([row(laptop, 'apology:compose', older)]);
    expect(await laptop.drafts()).toMatchObject([{ key: 'apology:compose', version: 1000, rolledBack: true }]);
    ada.serve([row(laptop, 'apology:compose', newer)]);
    expect(await laptop.drafts()).toMatchObject([{ version: 2000, rolledBack: false }]);

    // A phone that never saw either cannot know; once it has listed the newer one, it can.
    const phone = ada.device(() => 1500);
    ada.serve([row(phone, 'apology:compose', newer)]);
    expect(await phone.drafts()).toMatchObject([{ version: 2000, rolledBack: false }]);
    ada.serve([row(phone, 'apology:compose', older)]);
    expect(await phone.drafts()).toMatchObject([{ version: 1000, rolledBack: true }]);
    // Its own next write goes above what it saw, though its clock is behind.
    const fromPhone = phone.sealDraft('apology:compose', { text: 'third' });
    expect(phone.openDraftVersioned('apology:compose', fromPhone)?.version).toBe(2001);
    ada.serve([row(laptop, 'apology:compose', fromPhone)]);
    expect(await laptop.drafts()).toMatchObject([{ version: 2001, rolledBack: false }]);
  });

  it('flags an older-format draft once this device has seen a versioned one', async () => {
    const ada = person();
    const items = ada.device(() => 1000);
    const dk = draftsKey(ada.keys.masterKey);
    const unversioned = encryptItem(
      dk,
      { itemId: `draft:${items.draftName('note:new')}`, kind: 'draft', version: 1, coupleId: null, authorId: ada.keys.userId },
      JSON.stringify({ key: 'note:new', body: { text: 'old' } }),
    );
    items.sealDraft('note:new', { text: 'new' });
    ada.serve([row(items, 'note:new', unversioned)]);
    expect(await items.drafts()).toMatchObject([{ version: 0, rolledBack: true }]);
  });
});
