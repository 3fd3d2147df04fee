import { useMessages } from '../../i18n/index.ts';
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
  const t = useMessages();
  const labels = t.request.check.fields;
  const choices: Record<string, Record<string, string>> = {
    applicantType: t.request.applicantType,
    organisationKind: t.request.organisationKind,
    idType: t.request.idType,
    delivery: t.request.delivery,
    format: t.request.format,
  };
  const shownValue = (field: string, value: string) => choices[field]?.[value] ?? value;

  return (
    <form method="post" action={stepPath('check')} onSubmit={onSubmit}>
      {carried && Object.entries(carried).map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />)}
      {formSteps.map((step) => (
        <section key={step.slug} aria-labelledby={`check-${step.slug}`}>
          <h2 id={`check-${step.slug}`}>{t.request.check.sections[step.slug]}</h2>
          <dl class="summary-list">
            {step.fields.filter((field) => input[field]).map((field) => (
              <div key={field}>
                <dt>{labels[field]}</dt>
                <dd>{shownValue(field, input[field]!)}</dd>
                <dd class="summary-list__action">
                  {carried ? (
                    <button class="link-button" type="submit" formAction={`${stepPath(step.slug)}?edit`}>
                      {t.request.check.change}<span class="visually-hidden">{labels[field]}</span>
                    </button>
                  ) : (
                    <a href={`${stepPath(step.slug)}#${field}`}>
                      {t.request.check.change}<span class="visually-hidden">{labels[field]}</span>
                    </a>
                  )}
                </dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
      <button class="button" type="submit" disabled={sending}>{t.request.check.submit}</button>
    </form>
  );
}
