import { useEffect, useId, useRef, useState } from 'react';
import type { PromptDayView, PromptTodayResponse } from '../../../shared/api/prompts.js';
import type { ItemsClient, PromptsClient } from '../../../shared/client/index.js';
import { Button } from '../../components/Button.js';
import { ErrorAlert } from '../../components/Status.js';
import { errorMessage } from '../../lib/errors.js';
import { KeysChangedNote } from '../../components/KeysChangedNote.js';
import { ANSWER_MAX_CHARS, answerDraftKey } from './prompts.js';
import { useAnswerDraft } from './usePrompts.js';
import { usePairedPartner, usePracticeContext } from '../../lib/practice-context.js';

type Shown = 'none' | 'restored' | 'draft' | 'local' | 'failed';

const STATUS_TEXT: Record<Shown, string> = {
  none: '',
  restored: 'Draft restored',
  draft: 'Saved as a draft',
  local: "Saved on this device — will sync when you're back online",
  failed: "Couldn't keep a draft just now. Your words are still here — try saving when you can.",
};

interface AnswerFormProps {
  day: PromptDayView;
  items: ItemsClient;
  prompts: PromptsClient;
  userId: string;
  onAnswered(res: PromptTodayResponse): Promise<void>;
}

/** Writing today's answer: a draft kept as you type (never lost), saved once, privately. */
export function AnswerForm({ day, items, prompts, userId, onAnswered }: AnswerFormProps) {
  const { keys } = usePracticeContext();
  const partner = usePairedPartner();
  const uid = useId();
  const ids = { text: `${uid}-t`, hint: `${uid}-h`, status: `${uid}-s`, count: `${uid}-c` };
  const draft = useAnswerDraft(items, userId, answerDraftKey(day.id));
  const [text, setText] = useState('');
  const [shown, setShown] = useState<Shown>('none');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const typed = useRef(false);
  const [startedFor, setStartedFor] = useState<string | null>(null);
  const name = partner.displayName;

  // The draft found on load fills the box, unless words were typed meanwhile.
  useEffect(() => {
    if (draft.restored && draft.restored.text.trim() && !typed.current) {
      setText(draft.restored.text);
      setStartedFor(draft.restored.promptId ?? null);
      setShown('restored');
    }
  }, [draft.restored]);

  useEffect(() => {
    if (!typed.current || draft.status === null || draft.status === 'discarded') return;
    setShown(draft.status === 'synced' ? 'draft' : draft.status);
  }, [draft.status]);

  // Another prompt came (skipped or a new deck) after writing began: the words stay, in case they still fit.
  const promptChanged = startedFor !== null && startedFor !== day.promptId && text.trim() !== '';

  const edit = (next: string) => {
    typed.current = true;
    const begun = text.trim() === '' ? day.promptId : (startedFor ?? day.promptId);
    setText(next);
    setError(null);
    if (next.trim() === '') {
      setStartedFor(null);
      void draft.discard();
      setShown('none');
    } else {
      setStartedFor(begun);
      draft.change({ text: next, promptId: begun });
    }
  };

  const save = async () => {
    const words = text.trim();
    if (!words) return;
    setBusy(true);
    setError(null);
    // Keep the words as a draft first: if saving fails, they are still kept.
    draft.change({ text, promptId: startedFor ?? day.promptId });
    void draft.flush();
    try {
      const res = await prompts.answer(day, { text: words }, partner);
      await draft.discard();
      await onAnswered(res);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="stack prompt-answer-form"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <div className="field">
        <label className="field-label" htmlFor={ids.text}>
          Your answer
        </label>
        <p className="field-hint" id={ids.hint}>
          Only you can read this until you've both answered. A draft is kept as you type.
        </p>
        <textarea
          id={ids.text}
          className="textarea prompt-input"
          value={text}
          rows={5}
          maxLength={ANSWER_MAX_CHARS}
          aria-describedby={`${ids.hint} ${ids.status}`}
          onChange={(e) => edit(e.target.value)}
        />
        <p className="draft-status" id={ids.status} role="status" aria-live="polite" data-testid="prompt-draft-status">
          {STATUS_TEXT[shown]}
        </p>
      </div>
      {promptChanged ? <p className="muted small">Your words are still here, in case they fit this prompt too.</p> : null}
      {keys === 'changed' ? <KeysChangedNote name={name} /> : null}
      <ErrorAlert message={error} />
      <div className="actions">
        <Button type="submit" busy={busy} busyLabel="Saving…" disabled={text.trim() === '' || keys !== 'ok'}>
          Save my answer
        </Button>
      </div>
      <p className="muted small">Once saved, your answer stays as it is. {name} can read it only after answering too.</p>
    </form>
  );
}
