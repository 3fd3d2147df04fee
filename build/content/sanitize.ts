import sanitizeHtml from 'sanitize-html';

/**
 * What of the HTML that Markdown renders reaches a page: the elements Markdown itself writes (GFM: headings,
 * lists, tables, code, quotes, links, images, struck text) and the raw HTML the content files use (`<span
 * lang="zh-Hans">` in the English guides, so a screen reader reads a Chinese name in Chinese), and nothing that
 * runs or restyles: no `<script>`, `<style>`, `<iframe>`, `<form>`, event handlers (`onerror=`), `style` or `class`
 * attributes, `javascript:` or `data:` addresses. Staff write the body in the console (issue 14), and one account's
 * password is all an attacker would need to put a script on every visitor's page; the site's CSP would block an
 * inline script, but not a link to `javascript:`-free phishing styled as the site, nor a frame.
 *
 * sanitize-html (apostrophecms, the parser htmlparser2), with its defaults for what is not named here: text escaped,
 * comments dropped, a disallowed element's content kept as text except for script, style and the like.
 */
const options: sanitizeHtml.IOptions = {
  allowedTags: [...sanitizeHtml.defaults.allowedTags, 'img', 'del', 'ins'],
  allowedAttributes: {
    '*': ['lang', 'dir', 'title'],
    a: ['href'],
    img: ['src', 'alt', 'width', 'height'],
    ol: ['start'],
    th: ['align', 'scope', 'colspan', 'rowspan'],
    td: ['align', 'colspan', 'rowspan'],
    time: ['datetime'],
    abbr: ['title'],
  },
  allowedSchemes: ['http', 'https', 'mailto', 'tel'],
  allowedSchemesByTag: { img: ['http', 'https'] },
  allowProtocolRelative: false,
  // Entities as Markdown wrote them (`&quot;`, `&#39;`): the shipped pages' HTML stays byte for byte what it was.
  parser: { decodeEntities: false },
};

/** `html` (rendered Markdown) with only the elements, attributes and addresses `options` allows. */
export const sanitizeContentHtml = (html: string): string => sanitizeHtml(html, options);
