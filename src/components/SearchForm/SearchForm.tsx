import { useLocation } from 'preact-iso';
import { useHref, useMessages } from '../../i18n/index.ts';
import { searchHref } from '../../addresses/addresses.ts';
// The label, hint and box are drawn as every field's are (Field.css): this file only sets them in a row.
import '../Field/Field.css';
import './SearchForm.css';

/**
 * A search box that opens the search page. It is a plain GET form, so it also works before the app has
 * loaded; with the app, it navigates without a page load.
 */
export function SearchForm({ query = '', id = 'search-query' }: { query?: string; id?: string }) {
  const t = useMessages();
  const href = useHref();
  const { route } = useLocation();

  const submit = (event: SubmitEvent) => {
    const form = event.currentTarget as HTMLFormElement;
    const q = String(new FormData(form).get('q') ?? '').trim();
    event.preventDefault();
    route(href(searchHref(q)));
  };

  return (
    <form class="search-form" role="search" action={href(searchHref())} method="get" onSubmit={submit}>
      <label class="label" for={id}>{t.search.label}</label>
      <p class="hint" id={`${id}-hint`}>{t.search.hint}</p>
      <div class="search-form__row">
        <input
          class="input search-form__input"
          id={id}
          name="q"
          type="search"
          enterkeyhint="search"
          aria-describedby={`${id}-hint`}
          defaultValue={query}
          key={query}
        />
        <button class="button search-form__button" type="submit">{t.search.submit}</button>
      </div>
    </form>
  );
}
