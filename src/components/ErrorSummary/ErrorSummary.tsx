import { useEffect, useRef } from 'preact/hooks';
import { focusTemporarily } from '../../a11y/focus.ts';
import { useMessages } from '../../i18n/index.ts';
import type { FieldError } from './field-error.ts';
import './ErrorSummary.css';

export type { FieldError };

/**
 * GOV.UK's error summary: at the top, focused when it appears so a screen reader reads it at once, each
 * error a link to its field: `#field` on this page, or `href(field)` when the field is asked on another page.
 * Read once, on focus, as its name (the title) and description (the errors) — a group, which may be named — not
 * also an alert, which made Orca
 * speak every error twice, once as a list item ("•") and once as the alert's text.
 */
export function ErrorSummary({ errors, href = (field) => `#${field}` }: { errors: FieldError[]; href?: (field: string) => string }) {
  const t = useMessages();
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (errors.length) focusTemporarily(summary.current);
  }, [errors]);
  if (!errors.length) return null;
  return (
    <div class="error-summary" role="group" ref={summary} aria-labelledby="error-summary-title" aria-describedby="error-summary-list">
      <h2 class="error-summary__title" id="error-summary-title">{t.errorSummary}</h2>
      <ul class="error-summary__list" id="error-summary-list">
        {errors.map((error) => (
          <li key={error.field}>
            <a href={href(error.field)} onClick={(event) => focusField(event, href(error.field))}>{error.message}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The link moves focus into the field itself (a radio group's first option), not only scrolls to it. */
function focusField(event: MouseEvent, href: string) {
  if (!href.startsWith('#')) return;
  const field = document.getElementById(href.slice(1));
  if (!field) return;
  event.preventDefault();
  field.focus();
  field.scrollIntoView({ block: 'center' });
}
