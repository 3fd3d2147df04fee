import { focusTemporarily } from '../../a11y/focus.ts';
import { useMessages } from '../../i18n/index.ts';
import './SkipLink.css';

/**
 * First focusable element on every page. It gives `main` a tabindex only while `main` has focus (focusTemporarily), so
 * Orca does not go on announcing `main` as clickable; without JavaScript the browser still moves the reading and Tab
 * position to `main`.
 */
export function SkipLink() {
  const t = useMessages();
  return <a class="skip-link" href="#main" onClick={() => focusTemporarily(document.getElementById('main'))}>{t.skipLink}</a>;
}
