import { useEffect, useMemo, useState } from 'react';
import { Button } from '../../components/Button.js';
import { CopyButton } from '../../components/CopyButton.js';
import { PageTitle } from '../../components/Heading.js';
import { recoveryWordsText } from '../../lib/word-check.js';
import './accounts.css';

/** Shows the 24 recovery words once, with Copy and Download. */
export function RecoveryWords({ words, onDone }: { words: readonly string[]; onDone: () => void }) {
  const text = useMemo(() => recoveryWordsText(words), [words]);
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    const u = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
    setUrl(u);
    return () => URL.revokeObjectURL(u);
  }, [text]);

  return (
    <div className="stack-lg">
      <PageTitle focusOnMount>Save your recovery key</PageTitle>
      <section className="card warning" aria-labelledby="why-key">
        <h2 id="why-key">This is the only way back in if you forget your password</h2>
        <p>
          Your writing is encrypted with keys only you hold. If you forget your password, these 24 words are the only way to
          reach it again. We can't show them again, and we can't reset them for you.
        </p>
        <p>Write them down, or save them somewhere private that your partner can't open. Anyone with these words and your email can get into your account.</p>
      </section>

      <section aria-labelledby="words-heading">
        <h2 id="words-heading">Your 24 words</h2>
        <ol className="word-grid" data-testid="recovery-words">
          {words.map((w, i) => (
            <li key={i}>{w}</li>
          ))}
        </ol>
        <div className="actions">
          <CopyButton text={words.join(' ')} label="Copy" />
          {url ? (
            <a className="btn btn-secondary" href={url} download="mend-recovery-key.txt">
              Download as a text file
            </a>
          ) : null}
        </div>
      </section>

      <div className="actions">
        <Button onClick={onDone}>I've saved them — continue</Button>
      </div>
    </div>
  );
}
