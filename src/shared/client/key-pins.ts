import { emptyKeyPins, mergeKeyPins, samePins, withConfirmed, withDevicePins, withFirstSeen, type KeyPin, type KeyPinsContent, type PinHow } from '../keys/pins.js';
import { ApiRequestError, isApiError } from './errors.js';
import type { ItemsClient, OpenItem } from './items.js';
import type { PinStore } from './pins.js';

/** Pins an older version kept on one device, to be moved into the item once (then forgotten there). */
export interface DevicePins {
  read(): Record<string, string>;
  clear(): void;
}

/** Which pin item this device has read before (its id only), so one that goes missing is noticed. */
export interface KnownPinItem {
  get(): string | null;
  set(itemId: string): void;
}

/** How an ItemPinStore reads the time, where a device's older pins are, and what it remembers of the item. */
export interface ItemPinStoreOptions {
  now?: () => Date;
  devicePins?: DevicePins;
  known?: KnownPinItem;
}

/** A write that lost to another device's, retried on the newer version this many times. */
const WRITE_ATTEMPTS = 5;

interface Loaded {
  /** The item writes go to: the oldest of the person's pin items (every device picks the same). */
  primary: OpenItem<'key_pins'> | null;
  /** Pin items created at the same moment on two devices; merged in, then removed. */
  extra: OpenItem<'key_pins'>[];
  content: KeyPinsContent;
}

function unreadable(): ApiRequestError {
  return new ApiRequestError({ status: 0, code: 'bad_response', message: "Mend couldn't check your saved partner keys. Please reload and try again." });
}

/**
 * The pin store every device of a person shares: their own private `key_pins` item (issue 14,
 * item 5). Reads are fresh each time, so a pin confirmed on one device counts on all of them.
 * Writes go through the item's version: a write that lost to another device's is merged with
 * it and retried, so no pin is lost. A pin item that is not the person's own verified latest
 * (a forged or rolled-back one) fails the read, and the seal gate refuses rather than trust.
 */
export class ItemPinStore implements PinStore {
  private readonly now: () => Date;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly items: ItemsClient,
    private readonly opts: ItemPinStoreOptions = {},
  ) {
    this.now = opts.now ?? (() => new Date());
  }

  /** Told after this store changed a pin, so every screen can check again. */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  /** The pinned fingerprint for a person, or null. */
  async get(userId: string): Promise<string | null> {
    return (await this.pin(userId))?.fingerprint ?? null;
  }

  /** The whole pin for a person (how and when it was trusted), or null. */
  async pin(userId: string): Promise<KeyPin | null> {
    await this.moveDevicePins();
    return (await this.load()).content.pins[userId] ?? null;
  }

  /** Pins a fingerprint first seen ('first_use', never replacing a pin) or confirmed ('safety_code'). */
  async set(userId: string, fingerprint: string, how: PinHow = 'safety_code'): Promise<void> {
    await this.write((c) => (how === 'safety_code' ? withConfirmed(c, userId, fingerprint, this.now()) : withFirstSeen(c, userId, fingerprint, this.now())));
  }

  /** Moves pins an older version kept on this device into the item, once; the device copy goes only after the item has them. */
  private async moveDevicePins(): Promise<void> {
    const device = this.opts.devicePins;
    if (!device) return;
    const pins = device.read();
    if (Object.keys(pins).length === 0) return;
    await this.write((c) => withDevicePins(c, pins, this.now()).content);
    device.clear();
  }

  private async load(): Promise<Loaded> {
    const all = (await this.items.list('key_pins')).filter((i) => i.mine);
    let content = emptyKeyPins();
    for (const item of all) {
      const pins = item.verified && !item.rolledBack ? item.content : null;
      if (!pins) throw unreadable();
      content = mergeKeyPins(content, pins);
    }
    all.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
    const [primary = null, ...extra] = all;
    // A pin item this device read before and the server no longer sends: without it every key
    // would look new and be trusted on first use, so the check fails instead.
    const known = this.opts.known?.get() ?? null;
    if (known !== null && !all.some((i) => i.id === known)) throw unreadable();
    // Remembered only once it is the one pin item: it is then the oldest, so it is never the one merged away.
    if (primary && extra.length === 0 && primary.id !== known) this.opts.known?.set(primary.id);
    return { primary, extra, content };
  }

  /** One write at a time on this device; against other devices, the item's version decides and the loser merges and retries. */
  private write(change: (c: KeyPinsContent) => KeyPinsContent): Promise<void> {
    const run = this.queue.then(() => this.writeNow(change));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async writeNow(change: (c: KeyPinsContent) => KeyPinsContent): Promise<void> {
    for (let attempt = 0; attempt < WRITE_ATTEMPTS; attempt++) {
      const { primary, extra, content } = await this.load();
      const next = change(content);
      const stored = primary ? primary.content : null;
      if (stored && extra.length === 0 && samePins(stored, next)) return;
      try {
        if (primary) await this.items.update(primary, next);
        else await this.items.create('key_pins', next, {});
      } catch (e) {
        if (isApiError(e, 'version_conflict')) continue;
        throw e;
      }
      // The primary now holds every pin of the extra items: they can go.
      for (const item of extra) await this.items.remove(item).catch(() => undefined);
      for (const listener of this.listeners) listener();
      return;
    }
    throw new ApiRequestError({ status: 409, code: 'version_conflict', message: 'Your partner keys were being saved on another device at the same moment. Please try again.' });
  }
}
