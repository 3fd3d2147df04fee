import { CharacterCount } from '../../components/CharacterCount/CharacterCount.tsx';
import type { FieldError } from '../../components/ErrorSummary/ErrorSummary.tsx';
import { Radios, TextField } from '../../components/Field/Field.tsx';
import { useMessages } from '../../i18n/index.ts';
import { deliveries, formats, idTypes, organisationKinds, requestLimits } from '../../requests/schema.ts';
import { formSteps, type StepSlug, stepPath } from './steps.ts';

export type FormInput = Partial<Record<string, string>>;

interface RequestFormProps {
  slug: StepSlug;
  input: FormInput;
  errors: FieldError[];
  /** With the app running, only the fields that apply show; without it (and on the server) all of them. */
  enhanced: boolean;
  onInput?: (name: string, value: string) => void;
  onSubmit?: (event: SubmitEvent) => void;
  /**
   * Without JavaScript the server carries the answers of the other steps, and the request's key, from page to
   * page in hidden fields (server/request-form.ts): nothing is stored until the request is sent.
   */
  carried?: FormInput;
}

/** One step's fields. A pure view: the app renders it with the draft, the server with the posted answers. */
export function RequestForm({ slug, input, errors, enhanced, onInput = () => undefined, onSubmit, carried }: RequestFormProps) {
  const t = useMessages();
  const update = onInput;
  const errorFor = (field: string) => errors.find((error) => error.field === field)?.message;
  const value = (field: string) => input[field] ?? '';
  const applies = (kind: 'person' | 'organisation') => !enhanced || input.applicantType === kind;
  const options = <T extends string>(values: readonly T[], labels: Record<T, string>) =>
    values.map((option) => ({ value: option, label: labels[option] }));
  const own = (formSteps.find((step) => step.slug === slug)?.fields ?? []) as readonly string[];

  return (
    <form method="post" action={stepPath(slug)} noValidate onSubmit={onSubmit}>
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
      {carried &&
        Object.entries(carried)
          .filter(([name]) => !own.includes(name))
          .map(([name, carriedValue]) => <input key={name} type="hidden" name={name} value={carriedValue} />)}
      <button class="button" type="submit">{t.form.continue}</button>
    </form>
  );
}
