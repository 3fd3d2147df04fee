import { describe, expect, it } from 'vitest';
import { checkContent } from './index.ts';
import { guide } from './test-input.ts';

const errors = async (body: string, code = 'image-alt') => (await checkContent(guide(body))).errors.filter((problem) => problem.code === code);

describe('images without a text alternative (WCAG 1.1.1)', () => {
  it('refuses a Markdown image with no alternative, naming it and its line', async () => {
    const [problem, ...rest] = await errors('办理地点在市残联。\n\n![](/images/hall.jpg)\n');
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ field: 'body', line: 3, excerpt: '![](/images/hall.jpg)' });
    expect(problem!.message).toContain('![](/images/hall.jpg)');
    expect(problem!.message).toContain('方括号里写清楚');
  });

  it('refuses a raw <img> without alt, and one whose alt is empty without saying it is decoration', async () => {
    const found = await errors('第一张：<img src="/a.png">\n\n第二张：<img src="/b.png" alt="">\n');
    expect(found.map((problem) => [problem.line, problem.excerpt])).toEqual([[1, '<img src="/a.png">'], [3, '<img src="/b.png" alt="">']]);
    expect(found[1]!.message).toContain('role="presentation"');
  });

  it('refuses an alternative that is a file name or only says "图片" (F30)', async () => {
    const found = await errors('![IMG_0412.JPG](/a.jpg)\n\n<img src="/b.png" alt="图片">\n');
    expect(found.map((problem) => problem.line)).toEqual([1, 3]);
    expect(found[0]!.message).toContain('文件名');
  });

  it('accepts images with a text alternative, decoration that says so, and images shown as code', async () => {
    expect(await errors([
      '![市残联办公楼正门，门口有无障碍坡道](/images/hall.jpg)',
      '',
      '<img src="/line.png" alt="" role="presentation"> <IMG SRC="/map.png" ALT="从火车站到市残联的路线图">',
      '',
      '写法示例：`![](x.png)` 和 `<img src="x.png">`',
      '',
      '```',
      '<img src="y.png">',
      '```',
    ].join('\n'))).toEqual([]);
  });

  it('checks the English version’s body too', async () => {
    const input = guide('正文。\n');
    input.english = { ...input.english!, body: 'The hall:\n\n![](/images/hall.jpg)\n' };
    const found = (await checkContent(input)).errors.filter((problem) => problem.code === 'image-alt');
    expect(found).toMatchObject([{ field: 'english.body', line: 3 }]);
  });
});
