import { describe, expect, it } from 'vitest';
import { LOCAL_WIPES, wipeLocalData } from './local-data.js';

describe('wiping what this device keeps', () => {
  it('covers the keys, the drafts and the offline copy', () => {
    expect(LOCAL_WIPES.map((w) => w.name)).toEqual(['keys', 'drafts', 'offline copy']);
  });

  it('runs every wipe even when one fails, and says which failed', async () => {
    const ran: string[] = [];
    const failed = await wipeLocalData([
      { name: 'a', wipe: async () => void ran.push('a') },
      {
        name: 'b',
        wipe: async () => {
          ran.push('b');
          throw new Error('blocked');
        },
      },
      { name: 'c', wipe: async () => void ran.push('c') },
    ]);
    expect(ran).toEqual(['a', 'b', 'c']);
    expect(failed).toEqual(['b']);
  });
});
