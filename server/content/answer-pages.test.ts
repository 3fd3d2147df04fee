import { describe, expect, it } from 'vitest';
import { paragraphs, plainTextHtml } from './answer-pages.tsx';

describe('a published answer’s text', () => {
  it('is printed as typed: paragraphs by empty lines, line breaks kept, nothing read as HTML or Markdown', () => {
    const typed = '## 不是标题\r\n<script>alert(1)</script> & [链接](https://example.com)\n\n\n  第二段  \n';
    expect(paragraphs(typed)).toEqual(['## 不是标题\n<script>alert(1)</script> & [链接](https://example.com)', '第二段']);
    expect(plainTextHtml(typed)).toBe('<p>## 不是标题<br>&lt;script&gt;alert(1)&lt;/script&gt; &amp; [链接](https://example.com)</p>\n<p>第二段</p>');
    expect(plainTextHtml(' \n\n ')).toBe('');
  });
});
