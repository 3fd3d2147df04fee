import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentError, loadContent, parseContentFile } from './load.ts';

const guide = `---
title: 残疾人乘车证
summary: 说明怎样办理乘车证。
order: 4
eligibility: [持有残疾人证的人]
bring: [残疾人证]
steps: [提出申请, 领取乘车证]
legalBasis: [《中华人民共和国残疾人保障法》]
updated: 2026-11-24
---
可以请家人陪同办理。
`;

describe('parseContentFile', () => {
  it('reads the front matter and renders the Markdown body', () => {
    const item = parseContentFile('guides', 'guides/bus-pass.md', guide);
    expect(item.slug).toBe('bus-pass');
    expect(item.steps).toEqual(['提出申请', '领取乘车证']);
    // An unquoted YAML date stays the date the author wrote, not a timestamp.
    expect(item.updated).toBe('2026-11-24');
    expect(item.html).toBe('<p>可以请家人陪同办理。</p>');
  });

  it('names the file and the field when a field is missing', () => {
    const broken = guide.replace('steps: [提出申请, 领取乘车证]\n', '');
    expect(() => parseContentFile('guides', 'guides/bus-pass.md', broken)).toThrow(
      new ContentError('guides/bus-pass.md: field "steps": is missing'),
    );
  });

  it('refuses an empty list and a field of the wrong type', () => {
    const broken = guide.replace('bring: [残疾人证]', 'bring: []').replace('order: 4', 'order: first');
    expect(() => parseContentFile('guides', 'guides/bus-pass.md', broken)).toThrow(
      /guides\/bus-pass\.md: field "order": .*; field "bring": must list at least one item/,
    );
  });

  it('refuses a field the schema does not know, so a typo is not silently ignored', () => {
    const broken = guide.replace('order: 4', 'order: 4\nfees: 免费');
    expect(() => parseContentFile('guides', 'guides/bus-pass.md', broken)).toThrow('field "fees": is not a known field');
  });

  it('refuses a disclosure category outside the catalogue', () => {
    const item = `---\ntitle: 通知\ncategory: news\nissuer: 市残联\ndate: 2017\nsummary: 一份通知。\n---\n`;
    expect(() => parseContentFile('disclosure', 'disclosure/x.md', item)).toThrow(/field "category": must be one of/);
  });

  it('accepts a year alone as a disclosure date, since the seed gives only years', () => {
    const item = `---\ntitle: 通知\ncategory: policy\nissuer: 市残联\ndate: 2017\nsummary: 一份通知。\n---\n`;
    expect(parseContentFile('disclosure', 'disclosure/x.md', item).date).toBe('2017');
  });

  it('takes a document kind and a repeal date for the annual report, and refuses a kind it does not count', () => {
    const item = `---\ntitle: 办法\ncategory: policy\nissuer: 市残联\ndate: 2023-05-01\nsummary: 一份规范性文件。\ndocumentKind: normative\nrepealed: 2025-06-30\n---\n`;
    expect(parseContentFile('disclosure', 'disclosure/x.md', item)).toMatchObject({ documentKind: 'normative', repealed: '2025-06-30' });
    expect(() => parseContentFile('disclosure', 'disclosure/x.md', item.replace('normative', 'notice'))).toThrow(
      'field "documentKind": must be one of: rule, normative',
    );
  });

  it('refuses a file name that cannot be an address', () => {
    expect(() => parseContentFile('guides', 'guides/Bus Pass.md', guide)).toThrow(/lowercase slug/);
  });
});

describe('loadContent', () => {
  it('fails when a report file name and its year disagree', () => {
    const dir = mkdtempSync(join(tmpdir(), 'content-'));
    for (const section of ['guides', 'disclosure', 'pages', 'reports']) mkdirSync(join(dir, section));
    writeFileSync(join(dir, 'reports', '2018.md'), `---
year: 2017
title: 年度报告
issuer: 市残联
published: 2018-03-12
summary: 年度报告。
figures: { normativeDocuments: 0, itemsPublished: 46, documentsPublished: 19, applicationsReceived: 0, reviews: 0, lawsuits: 0, feesCharged: 0, replyWorkingDays: 15 }
---
`);
    expect(() => loadContent(dir)).toThrow(/reports\/2018\.md: field "year"/);
  });
});
