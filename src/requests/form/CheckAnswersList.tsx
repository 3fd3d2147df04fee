import { useHref } from '../../i18n/index.ts';
import { useRequestMessages } from '../messages/index.ts';
import type { FormInput } from './RequestForm.tsx';
import { formSteps, stepPath } from './steps.ts';

interface CheckAnswersListProps {
  input: FormInput;
  onSubmit?: (event: SubmitEvent) => void;
  sending?: boolean;
  /** Without JavaScript: every answer rides along in hidden fields, and "修改" posts them back to its step. */
  carried?: FormInput;
}

/** Every answer by step, each with a "修改" that names what it changes, then the button that sends. */
export function CheckAnswersList({ input, onSubmit, sending = false, carried }: CheckAnswersListProps) {
  const r = useRequestMessages();
  const href = useHref();
  const labels = r.request.check.fields;
  const choices: Record<string, Record<string, string>> = {
    applicantType: r.request.applicantType,
    organisationKind: r.request.organisationKind,
    idType: r.request.idType,
    delivery: r.request.delivery,
    format: r.request.format,
    accessibleFormat: r.request.accessibleFormat,
  };
  // Own keys only: an answer such as `constructor` is shown as typed, never as a member of Object.prototype.
  const shownValue = (field: string, value: string) => {
    const words = Object.hasOwn(choices, field) ? choices[field]! : undefined;
    return words && Object.hasOwn(words, value) ? words[value]! : value;
  };

  return (
    <form method="post" action={href(stepPath('check'))} onSubmit={onSubmit}>
      {carried && Object.entries(carried).map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />)}
      {formSteps.map((step) => (
        <section key={step.slug} aria-labelledby={`check-${step.slug}`}>
          <h2 id={`check-${step.slug}`}>{r.request.check.sections[step.slug]}</h2>
          <dl class="summary-list">
            {step.fields.filter((field) => input[field]).map((field) => (
              <div key={field}>
                <dt>{labels[field]}</dt>
                <dd>{shownValue(field, input[field]!)}</dd>
                <dd class="summary-list__action">
                  {carried ? (
                    <button class="link-button" type="submit" formAction={href(`${stepPath(step.slug)}?edit`)}>
                      {r.request.check.change}<span class="visually-hidden">{labels[field]}</span>
                    </button>
                  ) : (
                    <a href={href(`${stepPath(step.slug)}#${field}`)}>
                      {r.request.check.change}<span class="visually-hidden">{labels[field]}</span>
                    </a>
                  )}
                </dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
      <button class="button" type="submit" disabled={sending}>{r.request.check.submit}</button>
    </form>
  );
}
