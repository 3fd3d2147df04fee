import { describe, expect, it } from 'vitest';
import { checkContent } from './index.ts';
import { guide } from './test-input.ts';
import { VAGUE_LINK_TEXTS } from './links.ts';

const errors = async (body: string) => (await checkContent(guide(body))).errors.filter((problem) => problem.code === 'vague-link');

describe('links whose text says nothing on its own (WCAG 2.4.4)', () => {
  it('refuses each of the issue’s examples, whole, trimmed and in any case, with the punctuation around it', async () => {
    const texts = ['点击这里', '点击此处', '这里', '此处', '详见附件', '更多', 'here', 'Click here', 'READ MORE', 'more', ' 更多>> ', '点击这里。'];
    const body = texts.map((text) => `- [${text}](/guides/bus-pass/)`).join('\n');
    const found = await errors(body);
    expect(found.map((problem) => problem.line)).toEqual(texts.map((_, index) => index + 1));
    expect(found[0]).toMatchObject({ field: 'body', excerpt: '[点击这里](/guides/bus-pass/)' });
    expect(found[0]!.message).toContain('“点击这里”');
    expect(found[0]!.message).toContain('/guides/bus-pass/');
  });

  it('refuses a bare address as the text: written, autolinked, or a path', async () => {
    const found = await errors('见 https://www.cdpf.org.cn/ 。\n\n[www.cdpf.org.cn](https://www.cdpf.org.cn/)\n\n[/request/](/request/)\n\n<https://example.org/a>\n\n[cdpf.org.cn/zcwj/](https://www.cdpf.org.cn/zcwj/)\n');
    expect(found.map((problem) => problem.line)).toEqual([1, 3, 5, 7, 9]);
    expect(found[0]!.message).toContain('只是网址');
  });

  it('refuses raw <a> links with such text, and an empty link', async () => {
    const found = await errors('<a href="/request/">点击此处</a>申请。\n\n[](/request/)\n');
    expect(found.map((problem) => problem.excerpt)).toEqual(['<a href="/request/">点击此处</a>', '[](/request/)']);
  });

  it('accepts links whose text names where they go, e-mail addresses, and words that only contain a vague one', async () => {
    expect(await errors([
      '[申请公开政府信息](/request/)，[残疾人证新办](/guides/certificate-new/)。',
      '来信请寄 <gongkai@example.org>。',
      '[了解更多办证要求](/guides/certificate-new/)；<a href="/guides/">全部办事指南</a>',
      '[![市残联标志](/logo.png)](/)',
      '[年审通知.pdf](/files/notice.pdf)，[中国残联网站](https://www.cdpf.org.cn/)',
    ].join('\n\n'))).toEqual([]);
    expect(VAGUE_LINK_TEXTS.has('了解更多办证要求')).toBe(false);
  });
});
