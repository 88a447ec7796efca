import { describe, expect, it } from 'vitest';
import { formatDateTime } from '../../shared/format.js';
import { ITEM_KINDS } from '../../shared/kinds.js';
import { buildExport, exportHtml, importableItems, KIND_TITLES, parseExport, remapState, type ExportableItem } from './index.js';

const account = { displayName: 'Sam', email: 'sam@example.org', timeZone: 'Europe/Warsaw' };
const at = new Date('2026-11-25T10:00:00Z');
const item = (over: Partial<ExportableItem>): ExportableItem => ({
  id: crypto.randomUUID(),
  kind: 'reflection',
  createdAt: '2026-11-01T08:00:00Z',
  updatedAt: '2026-11-01T08:00:00Z',
  version: 1,
  mine: true,
  verified: true,
  content: { text: 'mine' },
  ...over,
});

describe('the data export', () => {
  it('holds only one’s own writing unless the partner’s is asked for, and then marks it', () => {
    const own = item({ content: { text: 'I wrote this' }, sharedWith: ['p'] });
    const priv = item({ kind: 'checkin', content: { mood: 3 }, createdAt: '2026-10-01T08:00:00Z' });
    const theirs = item({ mine: false, content: { text: 'Alex wrote this' } });
    const without = buildExport({ account, partnerName: 'Alex', items: [own, priv, theirs], includePartner: false, exportedAt: at });
    expect(without.items.map((i) => i.id)).toEqual([priv.id, own.id]); // oldest first
    expect(JSON.stringify(without)).not.toContain('Alex wrote this');
    expect(without.partnerName).toBeNull();
    expect(without.items.find((i) => i.id === own.id)).toMatchObject({ writtenBy: 'you', sharedWithPartner: true, kindTitle: 'Reflections' });
    expect(without.items.find((i) => i.id === priv.id)?.sharedWithPartner).toBe(false);

    const withPartner = buildExport({ account, partnerName: 'Alex', items: [own, priv, theirs, own], includePartner: true, exportedAt: at });
    expect(withPartner.items).toHaveLength(3); // the repeated one counted once
    expect(withPartner.items.find((i) => i.id === theirs.id)).toMatchObject({ writtenBy: 'partner', content: { text: 'Alex wrote this' } });
    expect(withPartner).toMatchObject({ format: 'mend-data-export', version: 1, exportedAt: at.toISOString(), includesPartnerWriting: true, partnerName: 'Alex' });
  });

  it('leaves out the words of anything unverified, and says so', () => {
    const bad = item({ verified: false, content: { text: 'forged' } });
    const doc = buildExport({ account, partnerName: null, items: [bad], includePartner: false, exportedAt: at });
    expect(doc.items[0]!.content).toBeNull();
    expect(doc.items[0]!.note).toMatch(/left out/);
    expect(exportHtml(doc)).not.toContain('forged');
  });

  it('leaves the key pins out: they are Mend\'s bookkeeping, not the person\'s writing', () => {
    const pins = item({ kind: 'key_pins', content: { pins: { p: { fingerprint: 'f', how: 'first_use', firstSeenAt: '2026-10-01T08:00:00.000Z' } } } });
    const own = item({ content: { text: 'I wrote this' } });
    const doc = buildExport({ account, partnerName: null, items: [pins, own], includePartner: true, exportedAt: at });
    expect(doc.items.map((i) => i.id)).toEqual([own.id]);
    expect(JSON.stringify(doc)).not.toContain('first_use');
  });

  it('names every kind of writing', () => {
    for (const kind of Object.keys(ITEM_KINDS)) expect(KIND_TITLES[kind as keyof typeof KIND_TITLES]).toBeTruthy();
  });

  it('makes a readable page that runs nothing and escapes every word', () => {
    const doc = buildExport({
      account,
      partnerName: 'Alex <b>',
      items: [
        item({ kind: 'impact_letter', content: { whatHappened: 'Line one\nline two\n\nNew <script>alert(1)</script> paragraph', how_it_hurt: ['a', 'b & c'], whatINeed: 'time' } }),
        item({ kind: 'note', mine: false, content: { text: 'from Alex' } }),
      ],
      includePartner: true,
      exportedAt: at,
    });
    const html = exportHtml(doc);
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain("default-src 'none'");
    expect(html).toContain('<dt>What happened</dt>');
    expect(html).toContain('<dt>How it hurt</dt>');
    expect(html).toContain('<dt>What I need</dt>');
    expect(html).not.toContain('<dt>Text</dt>'); // a lone field has no label
    expect(html).toContain('Line one<br>line two');
    expect(html).toContain('<li><p>b &amp; c</p></li>');
    expect(html).toContain('Written by Alex &lt;b&gt;, shared with you');
    // The one date-and-time style, on the person's clock: 11:00 in Warsaw.
    expect(html).toContain(formatDateTime(at, 'Europe/Warsaw'));
    expect(formatDateTime(at, 'Europe/Warsaw', 'en-GB')).toBe('Wed, 25 Nov 2026, 11:00');
    expect(html.indexOf('Impact letters')).toBeLessThan(html.indexOf('Notes'));
  });

  it('keeps each item’s plain state and lists the devices signed in', () => {
    const doc = buildExport({
      account,
      partnerName: null,
      items: [item({ state: { section: 'what_happened' } })],
      includePartner: false,
      exportedAt: at,
      devices: [{ device: 'Firefox on Linux', signedInAt: '2026-11-20T08:00:00Z', lastSeenAt: '2026-11-25T08:00:00Z' }],
    });
    expect(doc.items[0]!.state).toEqual({ section: 'what_happened' });
    expect(doc.devices).toHaveLength(1);
    const html = exportHtml(doc);
    expect(html).toContain('Where you were signed in');
    expect(html).toContain(`Firefox on Linux — signed in ${formatDateTime('2026-11-20T08:00:00Z', 'Europe/Warsaw')}`);
  });

  it('says when there is nothing yet', () => {
    expect(exportHtml(buildExport({ account, partnerName: null, items: [], includePartner: false, exportedAt: at }))).toContain('There is no writing to show yet.');
  });

  it('reads its own JSON back, and nothing else', () => {
    const doc = buildExport({ account, partnerName: null, items: [item({})], includePartner: false, exportedAt: at });
    expect(parseExport(JSON.stringify(doc))).toEqual(doc);
    expect(parseExport('not json')).toBeNull();
    expect(parseExport(JSON.stringify({ ...doc, format: 'other' }))).toBeNull();
    expect(parseExport(JSON.stringify({ ...doc, items: [{ ...doc.items[0], kind: 'no_such_kind' }] }))).toBeNull();
  });

  it('brings back one’s own readable writing, oldest first, with what it points at remapped', () => {
    const promise = item({ kind: 'commitment', createdAt: '2026-10-01T08:00:00Z', state: { status: 'active' } });
    const mark = item({ kind: 'commitment_mark', createdAt: '2026-10-02T08:00:00Z', state: { commitmentId: promise.id, occurrence: '2026-10-02' } });
    const theirs = item({ mine: false });
    const unreadable = item({ verified: false });
    const doc = buildExport({ account, partnerName: 'Alex', items: [mark, theirs, unreadable, promise], includePartner: true, exportedAt: at });
    expect(importableItems(doc).map((i) => i.id)).toEqual([promise.id, mark.id]);
    const newIds = new Map([[promise.id, '11111111-2222-4333-8444-555555555555']]);
    expect(remapState(mark.state, newIds)).toEqual({ state: { commitmentId: '11111111-2222-4333-8444-555555555555', occurrence: '2026-10-02' } });
    // Pointing at something that did not come in (a partner's item, a prompt of the day): left out.
    expect(remapState({ parentId: theirs.id }, newIds)).toBeNull();
    expect(remapState(undefined, newIds)).toEqual({ state: {} });
    expect(remapState({ section: 'what_happened', list: ['a'] }, newIds)).toEqual({ state: { section: 'what_happened', list: ['a'] } });
  });
});
