/**
 * Images without a text alternative: WCAG 2.2 success criterion 1.1.1 Non-text Content (level A), and its failure
 * F30 (an alternative that is no alternative: a file name, or a word such as "图片" that only says it is an image).
 *
 * Decoration: an empty alternative (`alt=""`) tells a screen reader to pass an image by, which is right only for an
 * image that carries nothing. Editors and converters write `alt=""` by default, so an empty alternative alone is
 * taken for one nobody wrote: an image is accepted as decoration only when it says so, raw HTML with `alt=""` and
 * `role="presentation"` (or `role="none"`). A Markdown image (`![](…)`) cannot say so, and an image in a notice or a
 * guide is seldom decoration: it must have its text.
 */
import { checksText as t } from './text.ts';
import { type Markdown, tokensOf } from './markdown.ts';
import { excerpt, type Problem } from './problem.ts';

/** Words that only say "an image" (F30), in the site's languages; compared whole, trimmed and in lower case. */
const PLACEHOLDERS = new Set(['图', '图片', '图像', '照片', '插图', '截图', '圖', '圖片', '圖像', 'image', 'img', 'picture', 'photo', 'graphic', 'icon']);
const FILE_NAME = /^\S+\.(?:png|jpe?g|gif|webp|svg|bmp|tiff?|heic|avif)$/i;

/** Why `alt` is no alternative, or undefined when it is one. */
function fault(alt: string): 'missing' | 'placeholder' | undefined {
  const text = alt.trim();
  if (text === '') return 'missing';
  if (PLACEHOLDERS.has(text.toLowerCase()) || FILE_NAME.test(text)) return 'placeholder';
  return undefined;
}

/** Every image of `markdown` (Markdown or raw `<img>`) whose text alternative is missing or says nothing. */
export function checkImages(markdown: Markdown, field: string): Problem[] {
  const problems: Problem[] = [];
  for (const { token, line } of tokensOf(markdown, 'image')) {
    const why = fault(token.text);
    if (why) problems.push({ code: 'image-alt', field, line, excerpt: excerpt(token.raw), message: t.image[why](excerpt(token.raw), 'markdown') });
  }
  for (const image of markdown.html('img')) {
    const alt = image.attributes.get('alt');
    const role = image.attributes.get('role')?.trim().toLowerCase();
    const decorative = alt !== undefined && alt.trim() === '' && (role === 'presentation' || role === 'none');
    const why = alt === undefined ? 'missing' : decorative ? undefined : fault(alt);
    if (why) problems.push({ code: 'image-alt', field, line: image.line, excerpt: excerpt(image.tag), message: t.image[why](excerpt(image.tag), 'html') });
  }
  return problems;
}
