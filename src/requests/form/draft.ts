import { useEffect, useRef, useState } from 'preact/hooks';
import { createDraft, listDrafts, saveDraft } from '../outbox/drafts.ts';
import type { DraftInput, FieldError } from '../outbox/types.ts';

/**
 * The form's input, kept in IndexedDB on every keystroke, so a reload, a closed app or a lost signal
 * loses nothing. The draft (and its client UUID, the future Idempotency-Key) starts with the first keystroke.
 */
/** The same answers in memory, for a browser whose IndexedDB cannot be used (some private modes). */
let inMemory: DraftInput = {};

/** Where the draft's id is kept between keystrokes: a promise, because creating the draft takes a moment. */
export interface DraftRef {
  current: Promise<string> | undefined;
}

/**
 * Saves the answers into the draft, creating it on the first call. Resolves true when the phone keeps them, false
 * when it does not (no `indexedDB`, `open` throwing as in Firefox's private mode, or the request already sent); it
 * never rejects, so a keystroke never leaves an unhandled rejection behind. The answers are in memory either way.
 */
export function keepDraft(ref: DraftRef, input: DraftInput, step: string): Promise<boolean> {
  let kept: Promise<boolean>;
  if (ref.current) {
    kept = ref.current.then((draftId) => saveDraft(draftId, { input, step }));
  } else {
    ref.current = createDraft({ input, step }).then((draft) => draft.id);
    kept = ref.current.then(() => true);
  }
  return kept.catch(() => false);
}

export function useDraft(step: string) {
  const [input, setInput] = useState<DraftInput>({});
  const [serverErrors, setServerErrors] = useState<FieldError[]>([]);
  const [loaded, setLoaded] = useState(false);
  const id = useRef<Promise<string> | undefined>(undefined);
  const latest = useRef<DraftInput>({});

  useEffect(() => {
    let current = true;
    listDrafts()
      .then((drafts) => {
        const draft = drafts.sort((a, b) => b.updatedAt - a.updatedAt)[0];
        if (!current || !draft) return;
        id.current = Promise.resolve(draft.id);
        latest.current = draft.input;
        setInput(draft.input);
        setServerErrors(draft.fieldErrors);
      })
      .catch(() => {
        if (!current) return;
        latest.current = inMemory;
        setInput(inMemory);
      })
      .finally(() => current && setLoaded(true));
    return () => {
      current = false;
    };
  }, []);

  const update = (name: string, value: string) => {
    latest.current = { ...latest.current, [name]: value };
    inMemory = latest.current;
    setInput(latest.current);
    // Without IndexedDB the answers live in memory; the check page then offers to send them online.
    void keepDraft(id, latest.current, step);
  };

  /** The draft's id, once it exists (the first keystroke creates it). */
  const draftId = () => id.current;

  return { input, update, loaded, serverErrors, draftId };
}
