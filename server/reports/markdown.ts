import { Marked, type Tokens } from 'marked';

/**
 * Staff write the report's narrative in Markdown; it is shown to the public, so it is rendered safely: raw HTML
 * is shown as text (escaped), a link keeps only a web, mail or same-site address, and images become their
 * description (the report has no pictures, and another site's image would be blocked by the CSP anyway).
 */
const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/**
 * An address as a browser's URL parser reads it (WHATWG URL, "basic URL parser"): C0 controls and spaces at either end
 * removed, and every tab, CR and LF inside removed. `/\t/example.org` is `//example.org` to a browser, so it is judged,
 * and written, in that form.
 */
export function browserHref(href: string): string {
  return href.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
}

/**
 * http(s), mailto and addresses on this site; not javascript:, data: or anything a browser might run, and not `//host`
 * (another site with this page's scheme, `\` counting as `/`), judged in the form a browser reads (`browserHref`). An
 * address still holding a control character is refused.
 */
export function isSafeHref(href: string): boolean {
  const read = browserHref(href);
  if (/[\u0000-\u001f\u007f]/.test(read)) return false;
  if (/^(https?:|mailto:)/i.test(read)) return true;
  // A path, a fragment or a query on this site, but not `//host` nor `/\host`.
  return /^[/#?]/.test(read) && !/^[/\\][/\\]/.test(read);
}

const markdown = new Marked({
  gfm: true,
  // No headings above h3: the page's h2s are the report's sections.
  walkTokens(token) {
    if (token.type === 'heading') (token as Tokens.Heading).depth = Math.max(3, (token as Tokens.Heading).depth);
  },
  renderer: {
    html(token) {
      const text = escapeHtml(token.text.trim());
      return token.block ? `<p>${text}</p>\n` : text;
    },
    link(token) {
      const text = this.parser.parseInline(token.tokens);
      if (!isSafeHref(token.href)) return text;
      const title = token.title ? ` title="${escapeHtml(token.title)}"` : '';
      // Written as judged: the browser's own reading of it.
      return `<a href="${escapeHtml(browserHref(token.href))}"${title}>${text}</a>`;
    },
    image(token) {
      return escapeHtml(token.text);
    },
  },
});

export function renderNarrative(source: string): string {
  return (markdown.parse(source, { async: false }) as string).trim();
}
