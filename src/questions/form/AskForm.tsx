import { CharacterCount } from '../../components/CharacterCount/CharacterCount.tsx';
import type { FieldError } from '../../components/ErrorSummary/ErrorSummary.tsx';
import { Radios, TextField } from '../../components/Field/Field.tsx';
import { answersHref, askHref, requestHref } from '../../addresses/addresses.ts';
import { useHref } from '../../i18n/index.ts';
import { answerChannels, questionKinds, questionTopics } from '../contract.ts';
import { questionLimits } from '../rules.ts';
import { useAskMessages } from './messages/index.ts';
import type { NamedPage } from './page-naming.ts';

/**
 * What the form is for and what it is not (a disclosure request has a form of its own), and the answers already
 * published: above the form, in the app and on the server's pages alike.
 */
export function AskIntro() {
  const a = useAskMessages();
  const href = useHref();
  return (
    <>
      <p>{a.intro}</p>
      <p>{a.notRequest}<a href={href(requestHref())}>{a.requestLink}</a>{a.notRequestEnd}</p>
      <p><a class="standalone-link" href={href(answersHref())}>{a.answersLink}</a></p>
    </>
  );
}

/** The form as typed: each field's string; `page` only ever from `namePage`, never typed. */
export type AskInput = Partial<Record<string, string>>;

interface AskFormProps {
  input: AskInput;
  errors: FieldError[];
  /** The page the person came from, named by the site's content (page-naming.ts). */
  named?: NamedPage;
  /**
   * With the app running the e-mail address shows under "电子邮件" once chosen, and the optional contact otherwise;
   * without it (and on the server) one contact field whose hint says when it is needed.
   */
  enhanced: boolean;
  onInput?: (name: string, value: string) => void;
  onSubmit?: (event: SubmitEvent) => void;
  /** Hidden fields the server needs for a plain post: the idempotency key made when the form was first shown. */
  carried?: Record<string, string>;
  sending?: boolean;
}

/**
 * The `/ask/` form, one GOV.UK-style page: topic, question or suggestion, the text with its character count, how to
 * be answered (an e-mail address revealed under "电子邮件"), optional name and contact. A pure view: the app renders
 * it with the draft, the server (server/questions/form-pages.tsx) with what was posted. It posts to `/ask/`.
 */
export function AskForm({ input, errors, named, enhanced, onInput, onSubmit, carried, sending }: AskFormProps) {
  const a = useAskMessages();
  const href = useHref();
  const errorFor = (field: string) => errors.find((error) => error.field === field)?.message;
  const value = (field: string) => input[field] ?? '';
  const options = <T extends string>(values: readonly T[], labels: Record<T, string>) => values.map((option) => ({ value: option, label: labels[option] }));
  const emailRevealed = enhanced && input.answerBy === 'email';

  const email = (
    <TextField
      name="contact" type="email" required label={a.email.label} hint={a.email.hint} value={value('contact')} error={errorFor('contact')}
      autocomplete="email" inputMode="email" spellcheck={false} onInput={onInput}
    />
  );

  return (
    <form method="post" action={href(askHref())} noValidate onSubmit={onSubmit}>
      {named && (
        <>
          <p class="lead">{a.about(named.title)}</p>
          <input type="hidden" name="page" value={named.page} />
        </>
      )}
      <Radios
        name="topic" required legend={a.topic.legend} value={value('topic')} error={errorFor('topic')}
        options={options(questionTopics, a.topic)} onInput={onInput}
      />
      <Radios
        name="kind" required legend={a.kind.legend} value={value('kind')} error={errorFor('kind')}
        options={options(questionKinds, a.kind)} onInput={onInput}
      />
      <CharacterCount
        name="text" required label={a.text.label} hint={a.text.hint} value={value('text')} error={errorFor('text')}
        limit={questionLimits.text} onInput={onInput ?? (() => undefined)}
        charactersLeft={a.charactersLeft} charactersOver={a.charactersOver} charactersLimit={a.charactersLimit}
      />
      <Radios
        name="answerBy" required legend={a.answerBy.legend} value={value('answerBy')} error={errorFor('answerBy')}
        options={options(answerChannels, a.answerBy)} onInput={onInput}
        conditional={emailRevealed ? { email } : undefined}
      />
      <TextField name="name" optional label={a.name.label} value={value('name')} error={errorFor('name')} autocomplete="name" onInput={onInput} />
      {!emailRevealed && (
        <TextField
          name="contact" optional={enhanced} label={enhanced ? a.contact.label : a.contact.either} hint={enhanced ? a.contact.hint : a.contact.eitherHint}
          value={value('contact')} error={errorFor('contact')} autocomplete="email" spellcheck={false} onInput={onInput}
        />
      )}
      {carried && Object.entries(carried).map(([name, carriedValue]) => <input key={name} type="hidden" name={name} value={carriedValue} />)}
      <button class="button" type="submit" disabled={sending}>{sending ? a.sending : a.send}</button>
    </form>
  );
}
