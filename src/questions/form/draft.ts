import { useEffect, useRef, useState } from 'preact/hooks';
import type { FieldError } from '../../components/ErrorSummary/field-error.ts';
import type { AskInput } from './AskForm.tsx';
import type { NamedPage } from './page-naming.ts';
import { createQuestionDraft, listQuestionDrafts, saveQuestionDraft } from './outbox.ts';

/** Where the draft's id is kept between keystrokes: a promise, because creating the draft takes a moment. */
export interface QuestionDraftRef {
  current: Promise<string> | undefined;
}

/**
 * Saves what is typed into the question's draft, creating it on the first call, as src/requests/form/draft.ts
 * `keepDraft` does for a request. Resolves true when the phone keeps it, false when it cannot (no IndexedDB, a
 * private mode, the question already queued); never rejects.
 */
export function keepQuestionDraft(ref: QuestionDraftRef, input: AskInput): Promise<boolean> {
  let kept: Promise<boolean>;
  if (ref.current) {
    kept = ref.current.then((id) => saveQuestionDraft(id, input));
  } else {
    ref.current = createQuestionDraft(input).then((draft) => draft.id);
    kept = ref.current.then(() => true);
  }
  return kept.catch(() => false);
}

/**
 * The form's starting input: the draft as typed, asked about the page the person came from (`named`, which wins
 * over the page a draft was written on) and, when no topic is chosen yet, that page's topic chosen for them.
 * Without a named page, the draft keeps no page: a `page` names only what the form says it is about.
 */
export function startingInput(draft: AskInput, named: NamedPage | undefined): AskInput {
  const { page: _page, ...typed } = draft;
  if (!named) return typed;
  return { ...typed, page: named.page, topic: typed.topic ?? named.topic };
}

/**
 * The question's draft in the page: restored from the phone (the latest question draft), kept on every keystroke.
 * `named` is the page `?page=` named; `ready` is false until the phone's draft has been read. `serverErrors` are
 * the server's reasons for refusing the question, when "修改并重新发送" brought it back here as a draft (the outbox's
 * `reopen`): the form shows them until it checks the question itself.
 */
export function useQuestionDraft(named: NamedPage | undefined) {
  const [input, setInput] = useState<AskInput>(() => startingInput({}, named));
  const [ready, setReady] = useState(false);
  const [serverErrors, setServerErrors] = useState<FieldError[]>([]);
  const id = useRef<Promise<string> | undefined>(undefined);
  const latest = useRef<AskInput>(input);

  useEffect(() => {
    let current = true;
    listQuestionDrafts()
      .then(([draft]) => {
        if (!current || !draft) return;
        id.current = Promise.resolve(draft.id);
        latest.current = startingInput(draft.input as AskInput, named);
        setInput(latest.current);
        setServerErrors(draft.fieldErrors);
      })
      .catch(() => undefined)
      .finally(() => current && setReady(true));
    return () => {
      current = false;
    };
  }, []);

  const update = (name: string, value: string) => {
    latest.current = { ...latest.current, [name]: value };
    setInput(latest.current);
    void keepQuestionDraft(id, latest.current);
  };

  /** The draft's id, saving what is shown first: a question sent untouched (its topic chosen by `?page=`) has one too. */
  const draftId = async (): Promise<string | undefined> => ((await keepQuestionDraft(id, latest.current)) ? id.current : undefined);

  return { input, update, ready, serverErrors, draftId };
}
