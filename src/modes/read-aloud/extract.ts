/**
 * The text read aloud: the page's main content as the eye reads it, one line per block (heading, paragraph,
 * list item, table cell), each with its language. Left out: the pinyin (`rt`, `rp`), the player itself, the
 * breadcrumbs, the QR code, buttons and form controls, and whatever is hidden (the `hidden` attribute,
 * `aria-hidden`, text only for screen readers or print, and what the page does not show).
 */
export interface Line { text: string; lang: string }

/** The parts of a DOM element the walk uses, so it can be tested without a browser. */
export interface ReadableNode {
  nodeType: number;
  nodeValue: string | null;
  childNodes: ArrayLike<ReadableNode>;
  localName?: string;
  hidden?: boolean | string;
  getAttribute?(name: string): string | null;
  classList?: { contains(name: string): boolean };
}

/** Marks the player, and anything else that is about the page rather than of it. */
export const SKIP_ATTRIBUTE = 'data-read-aloud-skip';

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

const SKIPPED = new Set(['rt', 'rp', 'script', 'style', 'template', 'noscript', 'nav', 'button', 'select', 'textarea', 'input', 'svg', 'img']);
const SKIPPED_CLASSES = ['qr-code', 'visually-hidden', 'print-only'];
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'caption', 'dd', 'details', 'div', 'dl', 'dt', 'fieldset', 'figcaption',
  'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'label', 'legend', 'li', 'main', 'ol', 'p',
  'pre', 'section', 'summary', 'table', 'td', 'th', 'tr', 'ul',
]);

function skipped(element: ReadableNode): boolean {
  return SKIPPED.has(element.localName ?? '') ||
    !!element.hidden ||
    element.getAttribute?.('aria-hidden') === 'true' ||
    element.getAttribute?.(SKIP_ATTRIBUTE) != null ||
    SKIPPED_CLASSES.some((name) => element.classList?.contains(name));
}

/**
 * `shown` says whether an element is displayed (in the browser, `element.checkVisibility()`); `lang` is the
 * language of `root`, usually the page's.
 */
export function readableLines(root: ReadableNode, lang: string, shown: (element: ReadableNode) => boolean = () => true): Line[] {
  const lines: Line[] = [];
  let text = '';
  let textLang = lang;

  const flush = () => {
    const line = text.replace(/\s+/g, ' ').trim();
    if (line) lines.push({ text: line, lang: textLang });
    text = '';
  };

  const visit = (node: ReadableNode, nodeLang: string) => {
    if (node.nodeType === TEXT_NODE) {
      // A phrase in another language inside a paragraph is read with its own voice.
      if (nodeLang !== textLang) flush();
      textLang = nodeLang;
      text += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== ELEMENT_NODE || skipped(node) || !shown(node)) return;
    const ownLang = node.getAttribute?.('lang') || nodeLang;
    const block = BLOCKS.has(node.localName ?? '');
    if (block) flush();
    for (const child of Array.from(node.childNodes)) visit(child, ownLang);
    if (block) flush();
  };

  visit(root, lang);
  flush();
  return lines;
}
