import { CharacterCount } from '../../components/CharacterCount/CharacterCount.tsx';
import type { FieldError } from '../../components/ErrorSummary/ErrorSummary.tsx';
import { Radios, TextField } from '../../components/Field/Field.tsx';
import { useHref } from '../../i18n/index.ts';
import { useRequestMessages } from '../messages/index.ts';
import { accessibleFormats, deliveries, formats, idTypes, organisationKinds, requestLimits } from '../rules/schema.ts';
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
   * page in hidden fields (server/requests/form-pages.tsx): nothing is stored until the request is sent.
   */
  carried?: FormInput;
}

/**
 * One step's fields. A pure view: the app renders it with the draft, the server with the posted answers. Every field
 * shown is needed: with the app running each is `required`; without it, those needed only after a choice (an
 * individual's ID, an organisation's code, e-mail, postal address) are not, and their hint or heading says when.
 */
export function RequestForm({ slug, input, errors, enhanced, onInput = () => undefined, onSubmit, carried }: RequestFormProps) {
  const r = useRequestMessages();
  const href = useHref();
  const update = onInput;
  const errorFor = (field: string) => errors.find((error) => error.field === field)?.message;
  const value = (field: string) => input[field] ?? '';
  const applies = (kind: 'person' | 'organisation') => !enhanced || input.applicantType === kind;
  const options = <T extends string>(values: readonly T[], labels: Record<T, string>) =>
    values.map((option) => ({ value: option, label: labels[option] }));
  const own = (formSteps.find((step) => step.slug === slug)?.fields ?? []) as readonly string[];

  return (
    <form method="post" action={href(stepPath(slug))} noValidate onSubmit={onSubmit}>
      {slug === 'applicant' && (
        <>
          <Radios
            name="applicantType" required legend={r.request.applicantType.legend} value={value('applicantType')} error={errorFor('applicantType')}
            options={[{ value: 'person', label: r.request.applicantType.person }, { value: 'organisation', label: r.request.applicantType.organisation }]}
            onInput={update}
          />
          <TextField
            name="name" required value={value('name')} error={errorFor('name')} onInput={update}
            label={!enhanced ? r.request.name.either : input.applicantType === 'organisation' ? r.request.name.organisation : r.request.name.person}
            hint={enhanced ? undefined : r.request.name.eitherHint}
            autocomplete={input.applicantType === 'organisation' ? 'organization' : 'name'}
          />
          {applies('person') && (
            <div class="conditional">
              {!enhanced && <p class="label">{r.request.personOnly}</p>}
              <Radios
                name="idType" required={enhanced} legend={r.request.idType.legend} value={value('idType')} error={errorFor('idType')}
                options={options(idTypes, r.request.idType)} onInput={update}
              />
              <TextField
                name="idNumber" required={enhanced} label={r.request.idNumber.label} hint={r.request.idNumber.hint} value={value('idNumber')}
                error={errorFor('idNumber')} autocomplete="off" spellcheck={false} onInput={update}
              />
            </div>
          )}
          {applies('organisation') && (
            <div class="conditional">
              {!enhanced && <p class="label">{r.request.organisationOnly}</p>}
              <Radios
                name="organisationKind" required={enhanced} legend={r.request.organisationKind.legend} value={value('organisationKind')}
                error={errorFor('organisationKind')} options={options(organisationKinds, r.request.organisationKind)} onInput={update}
              />
              <TextField
                name="organisationCode" required={enhanced} label={r.request.organisationCode.label} hint={r.request.organisationCode.hint}
                value={value('organisationCode')} error={errorFor('organisationCode')} autocomplete="off" spellcheck={false} onInput={update}
              />
            </div>
          )}
        </>
      )}
      {slug === 'details' && (
        <>
          <CharacterCount
            name="description" required label={r.request.description.label} hint={r.request.description.hint} value={value('description')}
            error={errorFor('description')} limit={requestLimits.description} onInput={update}
            charactersLeft={r.form.charactersLeft} charactersOver={r.form.charactersOver} charactersLimit={r.form.charactersLimit}
          />
          <Radios
            name="delivery" required legend={r.request.delivery.legend} value={value('delivery')} error={errorFor('delivery')}
            options={options(deliveries, r.request.delivery)} onInput={update}
          />
          <Radios
            name="format" required legend={r.request.format.legend} value={value('format')} error={errorFor('format')}
            options={options(formats, r.request.format)} onInput={update}
          />
          <Radios
            name="accessibleFormat" legend={r.request.accessibleFormat.legend} hint={r.request.accessibleFormat.hint}
            value={value('accessibleFormat')} error={errorFor('accessibleFormat')}
            options={options(accessibleFormats, r.request.accessibleFormat)} onInput={update}
          />
        </>
      )}
      {slug === 'contact' && (
        <>
          <TextField
            name="phone" type="tel" required label={r.request.phone.label} hint={r.request.phone.hint} value={value('phone')}
            error={errorFor('phone')} autocomplete="tel" inputMode="tel" onInput={update}
          />
          {(!enhanced || input.delivery === 'email') && (
            <TextField
              name="email" type="email" required={enhanced} label={r.request.email.label} hint={r.request.email.hint} value={value('email')}
              error={errorFor('email')} autocomplete="email" inputMode="email" spellcheck={false} onInput={update}
            />
          )}
          {(!enhanced || input.delivery === 'post') && (
            <TextField
              name="address" required={enhanced} label={r.request.address.label} hint={r.request.address.hint} value={value('address')}
              error={errorFor('address')} autocomplete="address-line1" onInput={update}
            />
          )}
        </>
      )}
      {carried &&
        Object.entries(carried)
          .filter(([name]) => !own.includes(name))
          .map(([name, carriedValue]) => <input key={name} type="hidden" name={name} value={carriedValue} />)}
      <button class="button" type="submit">{r.form.continue}</button>
    </form>
  );
}
