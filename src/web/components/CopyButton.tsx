import { useEffect, useState } from 'react';
import { Button, type ButtonVariant } from './Button.js';

/** Copies text to the clipboard and says so in a live region. */
export function CopyButton({ text, label = 'Copy', small, variant = 'secondary' }: { text: string; label?: string; small?: boolean; variant?: ButtonVariant }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => {
    if (state === 'idle') return;
    const t = setTimeout(() => setState('idle'), 4000);
    return () => clearTimeout(t);
  }, [state]);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      setState('failed');
    }
  };
  return (
    <>
      <Button variant={variant} small={small} onClick={() => void copy()}>
        {state === 'copied' ? 'Copied' : label}
      </Button>
      <span role="status" aria-live="polite" className="visually-hidden">
        {state === 'copied' ? 'Copied to the clipboard.' : state === 'failed' ? "Couldn't copy. Select the text and copy it yourself." : ''}
      </span>
    </>
  );
}
