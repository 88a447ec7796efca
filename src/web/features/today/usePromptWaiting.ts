import { useEffect, useState } from 'react';
import type { ItemsClient } from '../../../shared/client/index.js';
import { useMe } from '../../app/session.js';
import { usePromptsClient } from '../prompts/usePrompts.js';
import { useTogetherClient } from './useTogether.js';

/**
 * Whether today's prompt is waiting for this person's answer: null while asking; false alone,
 * while either partner has asked for space, once answered, or when the server can't say. Today
 * only looks — it reads the recent days rather than asking for today's, because asking chooses
 * the prompt, and choosing is the closeness page's act (so a space asked later still pauses it).
 * Today waits for the answer so the steps don't shift under the reader.
 */
export function usePromptWaiting(items: ItemsClient, hasPartner: boolean, date: string): boolean | null {
  const prompts = usePromptsClient(items);
  const together = useTogetherClient();
  // `me` is fetched again on every couple change (a space asked or ended): look again then.
  const me = useMe();
  const [waiting, setWaiting] = useState<{ key: string; value: boolean } | null>(null);
  const key = `${hasPartner}:${date}`;
  useEffect(() => {
    if (!hasPartner) return;
    let live = true;
    Promise.all([prompts.history(), together.space()]).then(
      ([days, space]) => {
        const day = days.find((d) => d.date === date) ?? null;
        const paused = space.mine !== null || space.partner !== null;
        if (live) setWaiting({ key, value: !paused && !day?.answeredByMe });
      },
      // A missing or failing check is never a reason to hide the other steps.
      () => live && setWaiting({ key, value: false }),
    );
    return () => {
      live = false;
    };
  }, [prompts, together, hasPartner, date, key, me]);
  if (!hasPartner) return false;
  return waiting?.key === key ? waiting.value : null;
}
