import type { ComponentChildren } from 'preact';
import { useMessages } from '../../i18n/index.ts';
import './Field.css';

/** Label, hint and error for one field, GOV.UK style; the input gets the ids through `describedBy`. */
export function describedBy(id: string, hint?: string, error?: string): string | undefined {
  return [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
}

export function Hint({ id, hint }: { id: string; hint?: ComponentChildren }) {
  return hint ? <p class="hint" id={`${id}-hint`}>{hint}</p> : null;
}

export function ErrorMessage({ id, error }: { id: string; error?: string }) {
  const t = useMessages();
  if (!error) return null;
  return (
    <p class="error-message" id={`${id}-error`}>
      <span class="visually-hidden">{t.errorPrefix}</span>
      {error}
    </p>
  );
}

/**
 * Whether a field must be filled: `required` gives the control the required state a screen reader announces (the
 * form's `novalidate` keeps the browser's own bubbles away); `optional` adds "（选填）" / "(optional)" to the label, as
 * GOV.UK marks the fields that may be left empty. Neither: a field needed only after some choice, whose hint says when.
 */
export interface Need {
  required?: boolean;
  optional?: boolean;
}

/** The label's text, with the optional mark when the field may be left empty. */
export function useLabelText(label: string, optional?: boolean): string {
  const t = useMessages();
  return optional ? `${label}${t.optional}` : label;
}

/** A labelled field with its hint and error, GOV.UK's form group; `children` is the control itself. */
export function FormGroup({ name, label, hint, error, optional, children }: { name: string; label: string; hint?: string; error?: string; optional?: boolean; children: ComponentChildren }) {
  return (
    <div class={`form-group${error ? ' form-group--error' : ''}`}>
      <label class="label" for={name}>{useLabelText(label, optional)}</label>
      <Hint id={name} hint={hint} />
      <ErrorMessage id={name} error={error} />
      {children}
    </div>
  );
}

interface TextFieldProps extends Need {
  name: string;
  label: string;
  hint?: string;
  error?: string;
  value: string;
  /** `password` and `date` for the staff console; a password's value is never written back into the page. */
  type?: 'text' | 'tel' | 'email' | 'password' | 'date';
  autocomplete?: string;
  inputMode?: 'text' | 'tel' | 'email' | 'numeric';
  spellcheck?: boolean;
  /** Absent where the server renders the form for a plain post (the staff console). */
  onInput?: (name: string, value: string) => void;
}

export function TextField({ name, label, hint, error, value, type = 'text', autocomplete, inputMode, spellcheck, required, optional, onInput }: TextFieldProps) {
  return (
    <FormGroup name={name} label={label} hint={hint} error={error} optional={optional}>
      <input
        // A date is short: so is its box.
        class={type === 'date' ? 'input input--date' : 'input'}
        id={name}
        name={name}
        // Preact's types tie `list` to some input types; these need no suggestions list.
        type={type as 'text'}
        value={type === 'password' ? '' : value}
        autocomplete={autocomplete}
        inputMode={inputMode}
        spellcheck={spellcheck}
        required={required}
        aria-describedby={describedBy(name, hint, error)}
        aria-invalid={error ? true : undefined}
        onInput={onInput && ((event) => onInput(name, event.currentTarget.value))}
      />
    </FormGroup>
  );
}

interface TextAreaProps extends Need {
  name: string;
  label: string;
  hint?: string;
  error?: string;
  value: string;
  rows?: number;
  /** Ids of more text that describes this field, such as a hint shared by several fields. */
  describedByAlso?: string;
  /** Invalid although no error is shown yet (a character count over its limit). */
  invalid?: boolean;
  onInput?: (name: string, value: string) => void;
  /** Shown under the box, inside the field's group (the character count). */
  children?: ComponentChildren;
}

/** A textarea with its label, hint and error; the character count (CharacterCount) is one with a limit. */
export function TextArea({ name, label, hint, error, value, rows = 6, describedByAlso, invalid, required, optional, onInput, children }: TextAreaProps) {
  return (
    <FormGroup name={name} label={label} hint={hint} error={error} optional={optional}>
      <textarea
        class="textarea"
        id={name}
        name={name}
        rows={rows}
        value={value}
        required={required}
        aria-describedby={[describedBy(name, hint, error), describedByAlso].filter(Boolean).join(' ') || undefined}
        aria-invalid={error || invalid ? true : undefined}
        onInput={onInput && ((event) => onInput(name, event.currentTarget.value))}
      />
      {children}
    </FormGroup>
  );
}

interface RadiosProps extends Need {
  name: string;
  legend: string;
  hint?: string;
  error?: string;
  value: string;
  options: readonly { value: string; label: string }[];
  /** Absent where the server renders the form for a plain post (the staff console). */
  onInput?: (name: string, value: string) => void;
  /**
   * What an option reveals, GOV.UK's conditional reveal: shown under that option, inside the group, for the option
   * the caller passes it for (the chosen one, with the app running).
   */
  conditional?: Partial<Record<string, ComponentChildren>>;
}

/** A radio group in a fieldset; the first option carries the field's id, so error links land on it. */
export function Radios({ name, legend, hint, error, value, options, required, optional, onInput, conditional }: RadiosProps) {
  const legendText = useLabelText(legend, optional);
  return (
    <div class={`form-group${error ? ' form-group--error' : ''}`}>
      <fieldset class="fieldset" aria-describedby={describedBy(name, hint, error)}>
        <legend class="label">{legendText}</legend>
        <Hint id={name} hint={hint} />
        <ErrorMessage id={name} error={error} />
        <div class="radios">
          {options.map((option, i) => {
            // Outcome codes hold a slash (`withheld/third-party`): ids keep to letters, digits and hyphens.
            const id = i === 0 ? name : `${name}-${option.value.replace('/', '-')}`;
            return (
              <div class="radios__item" key={option.value}>
                <input
                  class="radios__input"
                  id={id}
                  type="radio"
                  name={name}
                  value={option.value}
                  checked={value === option.value}
                  required={required}
                  onChange={onInput && (() => onInput(name, option.value))}
                />
                <label class="radios__label" for={id}>{option.label}</label>
                {conditional?.[option.value] && <div class="radios__conditional">{conditional[option.value]}</div>}
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
