/**
 * Moves focus to something that is not a control (a page's `h1`, the error summary, `main`), as GOV.UK Frontend's
 * `setFocus` does: `tabindex="-1"` only while it has focus, removed on blur. Left in place, a screen reader (Orca)
 * goes on announcing the heading or the summary as "clickable", and a click in it would focus it again.
 */
export function focusTemporarily(element: HTMLElement | null | undefined): void {
  if (!element) return;
  if (!element.hasAttribute('tabindex')) element.setAttribute('tabindex', '-1');
  element.addEventListener('blur', () => element.removeAttribute('tabindex'), { once: true });
  element.focus();
}
