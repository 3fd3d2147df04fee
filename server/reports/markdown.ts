import { Marked, type Tokens } from 'marked';

/**
 * Staff write the report's narrative in Markdown; it is shown to the public, so it is rendered safely: raw HTML
 * is shown as text (escaped), a link keeps only a web, mail or same-site address, and images become their
 * description (the report has no pictures, and another site's image would be blocked by the CSP anyway).
 */
const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/** http(s), mailto and addresses on this site; not javascript:, data: or anything a browser might run. */
export function isSafeHref(href: string): boolean {
  const trimmed = href.trim();
  if (/^(https?:|mailto:)/i.test(trimmed)) return true;
  // A path, a fragment or a query on this site, but not `//host` (another site with this page's scheme).
  return /^[/#?]/.test(trimmed) && !trimmed.startsWith('//') && !/^\/\\/.test(trimmed);
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
      return `<a href="${escapeHtml(token.href)}"${title}>${text}</a>`;
    },
    image(token) {
      return escapeHtml(token.text);
    },
  },
});

export function renderNarrative(source: string): string {
  return (markdown.parse(source, { async: false }) as string).trim();
}
