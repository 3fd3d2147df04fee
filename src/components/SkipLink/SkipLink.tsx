import { useMessages } from '../../i18n/index.ts';
import './SkipLink.css';

/** First focusable element on every page; `main` takes focus because it has tabindex=-1. */
export function SkipLink() {
  const t = useMessages();
  return <a class="skip-link" href="#main">{t.skipLink}</a>;
}
