import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CATALOGUE_FACTS, type CatalogueDocument } from '../../build/site-files/catalogue-facts.ts';
import { staffReportHref } from '../../src/addresses/addresses.ts';
import { readShipped } from '../content/shipped.ts';
import { CONTENT_START, CONTENT_TABLES, contentTestApp, contentTestFile, notice, shippedFolder, staffMember } from '../content/test-content.ts';
import type { Database } from '../db/database.ts';
import { testDatabases } from '../db/test-databases.ts';
import { useTestDatabase } from '../test/database.ts';
import { computeFigures } from './statistics.ts';

contentTestFile();

/** The build's catalogue facts: a normative document issued in 2025, still in force, and a rule repealed in 2026. */
const built: CatalogueDocument[] = [
  { slug: 'shipped-normative', documentKind: 'normative', date: '2025-05-01' },
  { slug: 'shipped-rule', documentKind: 'rule', date: '2020', repealed: '2026-01-15' },
];

/** A normative document (行政规范性文件) as staff would publish it. */
const normative = {
  ...notice,
  slug: 'subsidy-measures',
  title: '测试市残疾人两项补贴发放办法',
  category: 'policy',
  documentNumber: '测残联规〔2026〕1号',
  summary: '规定困难残疾人生活补贴和重度残疾人护理补贴的发放标准和程序。',
  documentKind: 'normative',
  date: '2026-03-02',
  body: '## 补贴标准\n\n按月发放。\n',
};

describe.each(testDatabases())('the report’s proactive counts after publishing and repealing, on $name', ({ open }) => {
  let db: Database;
  let dist: string;
  useTestDatabase(open, CONTENT_TABLES, (opened) => ({ db, dist } = opened));

  let t: ReturnType<typeof contentTestApp>;
  let facts: string;
  beforeEach(() => {
    facts = join(dist, CATALOGUE_FACTS);
    mkdirSync(dirname(facts), { recursive: true });
    writeFileSync(facts, JSON.stringify(built));
    t = contentTestApp(db, dist, { start: CONTENT_START });
  });
  afterEach(() => rmSync(facts, { force: true }));

  const figures = (year = 2026) => computeFigures(db, year, built);

  it('counts a published notice and normative document, then the document as repealed once a repealed date is published, and still after it is withdrawn', async () => {
    const before = await figures();
    expect(before.proactive).toEqual({ rule: { issued: 0, repealed: 1, inForce: 0 }, normative: { issued: 0, repealed: 0, inForce: 1 } });
    expect(before.itemsPublished).toBe(0);

    const admin = await staffMember(db, t.app, '管理员');
    await admin.saveDraft(notice);
    expect((await admin.publish('disclosure', notice.slug)).status).toBe(200);
    await admin.saveDraft(normative);
    expect((await admin.publish('disclosure', normative.slug)).status).toBe(200);

    const published = await figures();
    expect(published.proactive.normative).toEqual({ issued: 1, repealed: 0, inForce: 2 });
    // The notice has no document kind: an item published, not a document counted.
    expect(published.proactive.rule).toEqual(before.proactive.rule);
    expect(published.itemsPublished).toBe(2);

    // What the staff report page shows (its live figures), as staff would read it before publishing the report.
    const page = await (await t.app.request(staffReportHref(2026), { headers: { Cookie: admin.cookie } })).text();
    expect(page).toMatch(/headers="live-proactive-normative live-proactive-issued">1</);
    expect(page).toMatch(/headers="live-proactive-normative live-proactive-inForce">2</);
    expect(page).toContain('本年在本网站主动公开政府信息（条）：2');

    // Repealed on 30 June: a new version of the same document, not a new item.
    t.setTime('2026-07-01T02:00:00Z');
    await admin.signInAgain();
    await admin.saveDraft({ ...normative, repealed: '2026-06-30' });
    expect((await admin.publish('disclosure', normative.slug)).status).toBe(200);
    const repealed = await figures();
    expect(repealed.proactive.normative).toEqual({ issued: 1, repealed: 1, inForce: 1 });
    expect(repealed.itemsPublished).toBe(2);
    // In 2027 it is no longer in force; the shipped one still is.
    expect((await figures(2027)).proactive.normative).toEqual({ issued: 0, repealed: 0, inForce: 1 });

    // Withdrawn from the site: it was still issued, and repealed, that year.
    expect((await admin.withdraw('disclosure', normative.slug, { reason: '页面撤回' })).status).toBe(200);
    const withdrawn = await figures();
    expect(withdrawn.proactive).toEqual(repealed.proactive);
    expect(withdrawn.itemsPublished).toBe(2);
  });

  it('counts an item in the year of its first publication, China time, and a document in the year of its date', async () => {
    const admin = await staffMember(db, t.app, '管理员');
    // 00:30 on 1 January 2027 in China, still 2026 in UTC.
    t.setTime('2026-12-31T16:30:00Z');
    await admin.signInAgain();
    await admin.saveDraft(normative);
    await admin.publish('disclosure', normative.slug);
    expect((await figures(2026)).itemsPublished).toBe(0);
    expect((await figures(2027)).itemsPublished).toBe(1);
    // Its date says 2026: issued in 2026, whenever the site published it.
    expect((await figures(2026)).proactive.normative.issued).toBe(1);
  });

  it('counts a shipped document staff repeal as its live version says, and neither its import nor its new version as a new item', async () => {
    const shippedDir = shippedFolder();
    mkdirSync(join(shippedDir, 'disclosure'));
    writeFileSync(
      join(shippedDir, 'disclosure', 'shipped-normative.md'),
      `---\ntitle: 测试市残疾人就业办法\ncategory: policy\nissuer: 测试市残疾人联合会\ndate: "2025-05-01"\nsummary: 测试用的规范性文件。\ndocumentKind: normative\n---\n正文。\n`,
    );
    t = contentTestApp(db, dist, { start: CONTENT_START, shippedDir });
    const admin = await staffMember(db, t.app, '管理员');
    const shipped = readShipped('disclosure', 'shipped-normative', shippedDir)!;
    expect((await admin.saveDraft({ collection: 'disclosure', slug: 'shipped-normative', ...shipped.fields, repealed: '2026-03-01', body: shipped.body })).status).toBeLessThan(300);
    expect((await admin.publish('disclosure', 'shipped-normative')).status).toBe(200);

    const figures2026 = await figures();
    expect(figures2026.proactive.normative).toEqual({ issued: 0, repealed: 1, inForce: 0 });
    expect(figures2026.itemsPublished).toBe(0);
    // Still in force through 2025.
    expect((await figures(2025)).proactive.normative).toEqual({ issued: 1, repealed: 0, inForce: 1 });
  });
});
