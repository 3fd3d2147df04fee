import { guideHref } from '../../addresses/addresses.ts';
import type { GuideSummary } from '../../content/schema.ts';
import { useForeignLang, useHref } from '../../i18n/index.ts';

/** Service guides as cards, each its title as a link and its summary: the home page's few and the whole list. */
export function GuideCards({ guides }: { guides: readonly GuideSummary[] }) {
  const href = useHref();
  const foreign = useForeignLang();
  return (
    <ul class="card-list">
      {guides.map((guide) => (
        <li key={guide.slug} class="card" lang={foreign(guide.lang)}>
          <a class="card__link" href={href(guideHref(guide.slug))}>{guide.title}</a>
          <p class="card__text">{guide.summary}</p>
        </li>
      ))}
    </ul>
  );
}
