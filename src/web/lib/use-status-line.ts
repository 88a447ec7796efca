import { useCallback, useEffect, useState } from 'react';

/** What a status line holds: the words, and the state of the page they were said about. */
export interface StatusLineState {
  message: string;
  /** The state the words describe; null until the first render after they were said. */
  for: string | null;
}

/**
 * Whether a status line still speaks about what the page shows: words said after an action
 * belong to the state shown right after it (the action's own result lands in the same
 * render), and stop being true as soon as that state changes — a live update from the
 * partner, a reload of the list.
 */
export function statusLineShown(line: StatusLineState, state: string): string {
  return line.for === null || line.for === state ? line.message : '';
}

/**
 * A status line ("Shared. …", "Saved. … will be asked to accept") tied to the state of the
 * thing it is about, given as a short string (a stage, a version, a count). Kept in plain
 * component state, such a line would outlive the state it describes and contradict the
 * page beside it ("Waiting for Sam" next to "Both shared"); here it clears itself instead.
 * Returns the words to show and `say(words)` (say('') clears).
 */
export function useStatusLine(state: string): [string, (message: string) => void] {
  const [line, setLine] = useState<StatusLineState>({ message: '', for: null });
  useEffect(() => {
    if (!line.message) return;
    if (line.for === null) setLine({ message: line.message, for: state });
    else if (line.for !== state) setLine({ message: '', for: null });
  }, [line, state]);
  const say = useCallback((message: string) => setLine({ message, for: null }), []);
  return [statusLineShown(line, state), say];
}
