/**
 * A prerendered page as a static answer, for a page the app's code must not take over (the no-JavaScript form's
 * steps, a published report): the module scripts and their preloads go; the classic `/prefs.js` stays, so the
 * person's display settings still apply before the page paints.
 */
export function withoutAppScripts(html: string): string {
  return html
    .replace(/[ \t]*<script\b(?=[^>]*\btype="module")[^>]*>[\s\S]*?<\/script>\n?/g, '')
    .replace(/[ \t]*<link rel="modulepreload"[^>]*>\n?/g, '');
}
