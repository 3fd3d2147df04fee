/**
 * Copying text with pinyin over it copies the characters only: "办证", not "办(bàn)证(zhèng)". The selection is
 * cloned, its `rt` and `rp` taken out, and the rest put on the clipboard as plain text (with the line breaks the
 * page shows) and as HTML. A selection without pinyin is left to the browser.
 */
export function copyCharactersOnly(event: ClipboardEvent): void {
  const selection = document.getSelection();
  if (!selection || selection.rangeCount === 0 || !event.clipboardData) return;
  const copy = document.createElement('div');
  for (let i = 0; i < selection.rangeCount; i++) copy.append(selection.getRangeAt(i).cloneContents());
  const pinyin = copy.querySelectorAll('rt, rp');
  if (pinyin.length === 0) return;
  pinyin.forEach((element) => element.remove());
  // innerText needs layout to give paragraphs their line breaks: lay the copy out, out of sight, for a moment.
  copy.style.cssText = 'position:fixed;left:-10000px;top:0;white-space:normal';
  copy.setAttribute('aria-hidden', 'true');
  document.body.append(copy);
  const text = copy.innerText;
  copy.remove();
  event.clipboardData.setData('text/plain', text);
  event.clipboardData.setData('text/html', copy.innerHTML);
  event.preventDefault();
}
