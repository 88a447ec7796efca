import { useEffect, useRef } from 'react';
import { useClient } from '../app/client.js';
import { quickExit } from '../app/quick-exit.js';
import { createPressDetector } from '../lib/escape-detector.js';

export const QUICK_EXIT_NOTE_ID = 'quick-exit-note';

/**
 * The same button, for places the top bar can't be reached (inside a modal dialog, which
 * makes the rest of the page inert).
 */
export function QuickExitButton({ testId = 'quick-exit', className = 'btn-exit' }: { testId?: string; className?: string }) {
  const client = useClient();
  return (
    <button type="button" className={className} data-testid={testId} onClick={() => void quickExit(() => client.lock())}>
      Quick exit
    </button>
  );
}

/** The always-visible quick exit button, and Escape pressed three times as a shortcut. */
export function QuickExit() {
  const client = useClient();
  const detector = useRef(createPressDetector(3, 1500));

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' && e.key !== 'Esc') return;
      if (e.repeat) return;
      if (detector.current.press(performance.now())) void quickExit(() => client.lock());
    };
    // Capture phase: a dialog or menu handling Escape still counts toward the three.
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [client]);

  return (
    <button
      type="button"
      className="btn-exit"
      data-testid="quick-exit"
      aria-describedby={QUICK_EXIT_NOTE_ID}
      onClick={() => void quickExit(() => client.lock())}
    >
      Quick exit
    </button>
  );
}
