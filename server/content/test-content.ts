/** Helpers for the content tests: an app with the content API, staff with given roles signed in, items as sent. */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../app.ts';
import type { Database } from '../db/database.ts';
import { addTestStaff, ORIGIN, signIn, testLetterFacts } from '../staff/test-staff.ts';
import { afterAll, beforeEach, vi } from 'vitest';
import { useTestDatabase } from '../test/database.ts';
import { removeFixtures } from '../test/fixture-dist.ts';
import type { CheckContent } from './actions.ts';

export const PASSWORD = 'correct horse battery staple';

/** The tables a content test empties before each test. */
export const CONTENT_TABLES = 'staff, staff_sessions, staff_roles, audit_log, content_items, content_versions, content_review_steps, content_files, sign_in_failures';
/** Mon 2026-03-02, 10:00 in China: the content tests' clock starts here. */
export const CONTENT_START = '2026-03-02T02:00:00Z';

/**
 * A content test file's own setup: the build fixture and shipped folders removed after it, and time for signing in,
 * which runs scrypt (slow on purpose) for each of the several people a review needs.
 */
export function contentTestFile(): void {
  afterAll(() => {
    removeFixtures();
    removeShippedFolders();
  });
  vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });
}

/** A notice as an import would send it: every required field of the catalogue schema filled. */
export const notice = {
  collection: 'disclosure',
  slug: 'employment-fund-notice',
  title: '关于2026年残疾人就业保障金征收的通知',
  category: 'policy',
  issuer: '测试市残疾人联合会',
  documentNumber: '测残联〔2026〕3号',
  date: '2026-03-02',
  summary: '2026年就业保障金按上年度工资总额征收，申报截止到6月30日。',
  body: '## 征收标准\n\n按上年度在职职工工资总额计算。\n\n## 申报时间\n\n3月1日至6月30日。\n',
};

/** A shipped guide, as a file under a content folder of the test's own. */
export const shippedGuide = `---
title: 测试乘车证
summary: 测试用的指南。
order: 2
eligibility:
  - 持有残疾人证的残疾人
bring:
  - 残疾人证
steps:
  - 到市残联申请。
legalBasis:
  - 《中华人民共和国残疾人保障法》
updated: "2026-11-24"
---
第一段。

第二段。
`;

const folders: string[] = [];

/** Removes the folders `shippedFolder` made. */
export function removeShippedFolders(): void {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
}

/** A content folder holding guides/test-pass.md and its English; removed by `removeShippedFolders`. */
export function shippedFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ad-content-'));
  folders.push(dir);
  mkdirSync(join(dir, 'guides'));
  mkdirSync(join(dir, 'en', 'guides'), { recursive: true });
  writeFileSync(join(dir, 'guides', 'test-pass.md'), shippedGuide);
  writeFileSync(join(dir, 'en', 'guides', 'test-pass.md'), shippedGuide.replace('测试乘车证', 'Test bus pass').replace('第一段。', 'First paragraph.'));
  return dir;
}

export interface ContentTest {
  db: Database;
  dist: string;
  shippedDir: string;
  t: ReturnType<typeof contentTestApp>;
}

/**
 * The usual content test: a database (`open`, with `tables` emptied between tests) and a build fixture for the
 * file, a fresh shipped-content folder and app at CONTENT_START for each test, handed to `take`.
 */
export function useContentTest(open: () => Promise<Database>, take: (made: ContentTest) => void, tables = CONTENT_TABLES): void {
  let db: Database;
  let dist: string;
  useTestDatabase(open, tables, (opened) => ({ db, dist } = opened));
  beforeEach(() => {
    const shippedDir = shippedFolder();
    take({ db, dist, shippedDir, t: contentTestApp(db, dist, { start: CONTENT_START, shippedDir }) });
  });
}

export function contentTestApp(db: Database, dist: string, options: { start: string; check?: CheckContent; shippedDir?: string }) {
  let time = new Date(options.start);
  const app = createApp({
    distDir: dist,
    db,
    now: () => time,
    letterFacts: testLetterFacts,
    clientAddress: (c) => c.req.header('X-Test-Client') ?? '192.0.2.1',
    contentCheck: options.check,
    shippedContentDir: options.shippedDir,
  });
  return { app, setTime: (at: string) => (time = new Date(at)) };
}

/** Adds an account with `roles` (every role when none) and signs it in; its id and a client sending as it. */
export async function staffMember(db: Database, app: ReturnType<typeof createApp>, name: string, roles: string[] = []) {
  const { id } = await addTestStaff(db, name, PASSWORD, roles);
  let cookie = await signIn(app, name, PASSWORD);
  const send = (method: string, path: string, body?: unknown) =>
    app.request(`/api/staff/content${path}`, {
      method,
      headers: { Origin: ORIGIN, Cookie: cookie, ...(body !== undefined && { 'Content-Type': 'application/json' }) },
      ...(body !== undefined && { body: JSON.stringify(body) }),
    });
  return {
    id,
    name,
    get cookie() {
      return cookie;
    },
    /** Sessions last 8 hours: a test that moves the clock by days signs in again, as staff would. */
    signInAgain: async () => void (cookie = await signIn(app, name, PASSWORD)),
    saveDraft: (body: unknown) => send('POST', '', body),
    publish: (collection: string, slug: string, body?: unknown) => send('POST', `/${collection}/${slug}/publish`, body),
    restore: (collection: string, slug: string, number: number) => send('POST', `/${collection}/${slug}/versions/${number}/restore`),
    withdraw: (collection: string, slug: string, body: unknown) => send('DELETE', `/${collection}/${slug}`, body),
    get: (collection: string, slug: string) => send('GET', `/${collection}/${slug}`),
  };
}
