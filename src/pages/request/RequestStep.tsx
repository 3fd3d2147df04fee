import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { CharacterCount } from '../../components/CharacterCount/CharacterCount.tsx';
import { ErrorSummary, type FieldError } from '../../components/ErrorSummary/ErrorSummary.tsx';
import { Radios, TextField } from '../../components/Field/Field.tsx';
import { Page } from '../../components/Page/Page.tsx';
import { useMessages } from '../../i18n/index.ts';
import { deliveries, formats, idTypes, organisationKinds, requestLimits, validateFields } from '../../requests/schema.ts';
import { useDraft } from './draft.ts';
import { formSteps, nextPath, REQUEST_PATH, type StepSlug, stepPath } from './steps.ts';

/** One step of the request form. Validated when the person presses "继续", never while they type. */
export default function RequestStep({ step: slug }: { step: StepSlug }) {
  const t = useMessages();
  const { route } = useLocation();
  const index = formSteps.findIndex((step) => step.slug === slug);
  const step = formSteps[index]!;
  const text = t.request.steps[slug];
  const { input, update, serverErrors } = useDraft(slug);
  const [errors, setErrors] = useState<FieldError[]>([]);
  // Before the app runs (and without JavaScript) every field shows; after, only those that apply.
  const [enhanced, setEnhanced] = useState(false);
  useEffect(() => setEnhanced(true), []);

  const shown = errors.length ? errors : serverErrors.filter((error) => (step.fields as readonly string[]).includes(error.field));
  const errorFor = (field: string) => shown.find((error) => error.field === field)?.message;
  const value = (field: string) => input[field as keyof typeof input] ?? '';
  const applies = (kind: 'person' | 'organisation') => !enhanced || input.applicantType === kind;

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const found = validateFields(input, step.fields, t.lang);
    setErrors(found);
    if (!found.length) route(nextPath(slug));
  };

  const options = <T extends string>(values: readonly T[], labels: Record<T, string>) =>
    values.map((option) => ({ value: option, label: labels[option] }));

  return (
    <Page
      title={text.title}
      description={text.intro}
      trail={[{ href: REQUEST_PATH, label: t.nav.request }]}
      hasErrors={shown.length > 0}
    >
      <p class="caption">{t.request.stepOf(index + 1, formSteps.length)}</p>
      <ErrorSummary errors={shown} />
      <p>{text.intro}</p>
      <form method="post" action={stepPath(slug)} noValidate onSubmit={submit}>
        {slug === 'applicant' && (
          <>
            <Radios
              name="applicantType" legend={t.request.applicantType.legend} value={value('applicantType')} error={errorFor('applicantType')}
              options={[{ value: 'person', label: t.request.applicantType.person }, { value: 'organisation', label: t.request.applicantType.organisation }]}
              onInput={update}
            />
            <TextField
              name="name" value={value('name')} error={errorFor('name')} onInput={update}
              label={!enhanced ? t.request.name.either : input.applicantType === 'organisation' ? t.request.name.organisation : t.request.name.person}
              hint={enhanced ? undefined : t.request.name.eitherHint}
              autocomplete={input.applicantType === 'organisation' ? 'organization' : 'name'}
            />
            {applies('person') && (
              <div class="conditional">
                {!enhanced && <p class="label">{t.request.personOnly}</p>}
                <Radios
                  name="idType" legend={t.request.idType.legend} value={value('idType')} error={errorFor('idType')}
                  options={options(idTypes, t.request.idType)} onInput={update}
                />
                <TextField
                  name="idNumber" label={t.request.idNumber.label} hint={t.request.idNumber.hint} value={value('idNumber')}
                  error={errorFor('idNumber')} autocomplete="off" spellcheck={false} onInput={update}
                />
              </div>
            )}
            {applies('organisation') && (
              <div class="conditional">
                {!enhanced && <p class="label">{t.request.organisationOnly}</p>}
                <Radios
                  name="organisationKind" legend={t.request.organisationKind.legend} value={value('organisationKind')}
                  error={errorFor('organisationKind')} options={options(organisationKinds, t.request.organisationKind)} onInput={update}
                />
                <TextField
                  name="organisationCode" label={t.request.organisationCode.label} hint={t.request.organisationCode.hint}
                  value={value('organisationCode')} error={errorFor('organisationCode')} autocomplete="off" spellcheck={false} onInput={update}
                />
              </div>
            )}
          </>
        )}
        {slug === 'details' && (
          <>
            <CharacterCount
              name="description" label={t.request.description.label} hint={t.request.description.hint} value={value('description')}
              error={errorFor('description')} limit={requestLimits.description} onInput={update}
            />
            <Radios
              name="delivery" legend={t.request.delivery.legend} value={value('delivery')} error={errorFor('delivery')}
              options={options(deliveries, t.request.delivery)} onInput={update}
            />
            <Radios
              name="format" legend={t.request.format.legend} value={value('format')} error={errorFor('format')}
              options={options(formats, t.request.format)} onInput={update}
            />
          </>
        )}
        {slug === 'contact' && (
          <>
            <TextField
              name="phone" type="tel" label={t.request.phone.label} hint={t.request.phone.hint} value={value('phone')}
              error={errorFor('phone')} autocomplete="tel" inputMode="tel" onInput={update}
            />
            {(!enhanced || input.delivery === 'email') && (
              <TextField
                name="email" type="email" label={t.request.email.label} hint={t.request.email.hint} value={value('email')}
                error={errorFor('email')} autocomplete="email" inputMode="email" spellcheck={false} onInput={update}
              />
            )}
            {(!enhanced || input.delivery === 'post') && (
              <TextField
                name="address" label={t.request.address.label} hint={t.request.address.hint} value={value('address')}
                error={errorFor('address')} autocomplete="address-line1" onInput={update}
              />
            )}
          </>
        )}
        <button class="button" type="submit">{t.form.continue}</button>
      </form>
    </Page>
  );
}
