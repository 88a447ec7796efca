import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { idSchema } from '../../../shared/api/common.js';
import { createItemRequestSchema, draftParamsSchema, listItemsQuerySchema, putDraftRequestSchema, shareItemRequestSchema, unshareItemRequestSchema, updateItemRequestSchema } from '../../../shared/api/items.js';
import { MIN_ENVELOPE_VERSION } from '../../../shared/crypto/index.js';
import type { ItemKind } from '../../../shared/kinds.js';
import { authOf } from '../../plugins/auth.js';
import { parseInput } from '../../lib/validate.js';
import { checkEnvelope } from './envelope.js';
import type { WriteEffects } from './kinds.js';
import * as service from './items.service.js';
import { deleteDraft, listDrafts, putDraft } from './items.repo.js';

const idParams = z.object({ id: idSchema });

// Items are larger than account requests: the biggest kind (64 KiB) in base64url, with room.
const ITEM_BODY_LIMIT = 160 * 1024;

/** The encrypted item store. Reads go through the readers rule; every write is one transaction. */
export function itemsRoutes(app: FastifyInstance): void {
  const { db, dialect } = app.dbh;
  // Events say only "look again" at one kind, and only to people who could see the item before or after.
  const notify = async (userIds: string[], kind: ItemKind) => {
    if (userIds.length) await app.bus.publish({ userIds, event: { type: 'items.changed', kinds: [kind] } });
  };
  const tell = async (effects: WriteEffects, kind: ItemKind) => {
    await notify(effects.announce, kind);
    if (effects.notified.length) await app.bus.publish({ userIds: effects.notified, event: { type: 'notifications.changed' } });
  };
  const ctx = { emailAvailable: app.config.smtpUrl !== null };
  const auth = { onRequest: app.authenticate };

  app.get('/api/items', auth, async (request) => {
    const { kind } = parseInput(listItemsQuerySchema, request.query);
    return { items: await service.listItems(db, authOf(request).userId, app.clock.now(), kind) };
  });

  app.get('/api/items/:id', auth, async (request) => {
    const { id } = parseInput(idParams, request.params);
    return { item: await service.getItem(db, authOf(request).userId, id, app.clock.now()) };
  });

  app.get('/api/items/:id/versions', auth, async (request) => {
    const { id } = parseInput(idParams, request.params);
    return { versions: await service.itemVersions(db, authOf(request).userId, id, app.clock.now()) };
  });

  app.post('/api/items', { ...auth, bodyLimit: ITEM_BODY_LIMIT }, async (request, reply) => {
    const { userId } = authOf(request);
    const input = parseInput(createItemRequestSchema, request.body);
    const now = app.clock.now();
    const item = await db.transaction().execute(async (trx) => {
      await service.createItem(trx, userId, input, now);
      return service.getItem(trx, userId, input.id, now);
    });
    return reply.status(201).send({ item });
  });

  app.put('/api/items/:id', { ...auth, bodyLimit: ITEM_BODY_LIMIT }, async (request) => {
    const { userId } = authOf(request);
    const { id } = parseInput(idParams, request.params);
    const input = parseInput(updateItemRequestSchema, request.body);
    const now = app.clock.now();
    const { item, effects } = await db.transaction().execute(async (trx) => {
      const done = await service.updateItem(trx, dialect, ctx, userId, id, input, now);
      return { item: await service.getItem(trx, userId, id, now), effects: done };
    });
    await tell(effects, item.kind);
    return { item };
  });

  app.post('/api/items/:id/share', auth, async (request) => {
    const { userId } = authOf(request);
    const { id } = parseInput(idParams, request.params);
    const input = parseInput(shareItemRequestSchema, request.body);
    const now = app.clock.now();
    const { item, effects } = await db.transaction().execute(async (trx) => {
      const done = await service.shareItem(trx, dialect, ctx, userId, id, input, now);
      return { item: await service.getItem(trx, userId, id, now), effects: done };
    });
    await tell(effects, item.kind);
    return { item };
  });

  app.post('/api/items/:id/unshare', { ...auth, bodyLimit: ITEM_BODY_LIMIT }, async (request) => {
    const { userId } = authOf(request);
    const { id } = parseInput(idParams, request.params);
    const input = parseInput(unshareItemRequestSchema, request.body);
    const now = app.clock.now();
    const { item, affected } = await db.transaction().execute(async (trx) => {
      const before = await service.unshareItem(trx, dialect, userId, id, input, now);
      const held = before.length === 0;
      return { item: await service.getItem(trx, userId, id, now), affected: held ? [] : [...new Set([...before, ...input.remainingReaders.map((r) => r.readerId)])] };
    });
    await notify(affected, item.kind);
    return { item };
  });

  app.delete('/api/items/:id', auth, async (request, reply) => {
    const { userId } = authOf(request);
    const { id } = parseInput(idParams, request.params);
    const { kind, readers } = await db.transaction().execute(async (trx) => {
      // Its kind is read first: the event after says which kind to look at again.
      const { kind } = await service.getItem(trx, userId, id, app.clock.now());
      return { kind, readers: await service.deleteOwnItem(trx, dialect, userId, id, app.clock.now()) };
    });
    await notify(readers, kind);
    return reply.status(204).send();
  });

  // Drafts: encrypted, private to their author, never shown to anyone else or announced.
  app.get('/api/drafts', auth, async (request) => {
    const rows = await listDrafts(db, authOf(request).userId);
    return { drafts: rows.map((r) => ({ key: r.draft_key, ciphertext: r.ciphertext, updatedAt: r.updated_at })) };
  });

  app.put('/api/drafts/:key', { ...auth, bodyLimit: ITEM_BODY_LIMIT }, async (request) => {
    const { userId } = authOf(request);
    const { key } = parseInput(draftParamsSchema, request.params);
    const { ciphertext } = parseInput(putDraftRequestSchema, request.body);
    checkEnvelope(ciphertext, 64 * 1024, 'ciphertext', MIN_ENVELOPE_VERSION);
    const updatedAt = app.clock.now().toISOString();
    await putDraft(db, userId, key, ciphertext, updatedAt);
    return { draft: { key, ciphertext, updatedAt } };
  });

  app.delete('/api/drafts/:key', auth, async (request, reply) => {
    const { key } = parseInput(draftParamsSchema, request.params);
    await deleteDraft(db, authOf(request).userId, key);
    return reply.status(204).send();
  });
}
