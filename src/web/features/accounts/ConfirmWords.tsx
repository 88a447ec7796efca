import { useState, type FormEvent } from 'react';
import { Button } from '../../components/Button.js';
import { TextField } from '../../components/Field.js';
import { PageTitle } from '../../components/Heading.js';
import { ErrorAlert } from '../../components/Status.js';
import { pickTwoPositions, wordMatches } from '../../lib/word-check.js';

/** Asks for two of the words back, chosen at random, before going on. */
export function ConfirmWords({ words, onConfirmed, onBack }: { words: readonly string[]; onConfirmed: () => void; onBack: () => void }) {
  const [positions] = useState(() => pickTwoPositions(words.length));
  const [values, setValues] = useState<[string, string]>(['', '']);
  const [errors, setErrors] = useState<[string | null, string | null]>([null, null]);
  const [general, setGeneral] = useState<string | null>(null);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const next: [string | null, string | null] = [null, null];
    positions.forEach((pos, i) => {
      const typed = values[i] ?? '';
      if (!typed.trim()) next[i] = `Please type word ${pos}.`;
      else if (!wordMatches(typed, words[pos - 1] ?? '')) next[i] = `That isn't word ${pos}. Check your copy and try again.`;
    });
    setErrors(next);
    if (next[0] || next[1]) {
      setGeneral("The words don't match yet. You can go back and look at them again.");
      return;
    }
    setGeneral(null);
    onConfirmed();
  };

  return (
    <div className="stack-lg">
      <PageTitle focusOnMount lead="So you know your copy works, type two of the words back.">
        Check your recovery key
      </PageTitle>
      <form className="form" onSubmit={submit} noValidate>
        <ErrorAlert message={general} />
        {positions.map((pos, i) => (
          <TextField
            key={pos}
            label={`Word ${pos}`}
            name={`word-${pos}`}
            autoComplete="off"
            autoCapitalize="none"
            autoCorrect="off"
            spellCheck={false}
            value={values[i] ?? ''}
            error={errors[i]}
            onChange={(e) => {
              const v = e.target.value;
              setValues((old) => (i === 0 ? [v, old[1]] : [old[0], v]));
            }}
          />
        ))}
        <div className="actions">
          <Button type="submit">Continue</Button>
          <Button variant="quiet" onClick={onBack}>
            Show the words again
          </Button>
        </div>
      </form>
    </div>
  );
}
