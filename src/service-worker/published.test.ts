import { describe, expect, it, vi } from 'vitest';
import type { PublishedOverlay } from '../content/published.ts';
import type { PublishedOverlay as WorkerOverlay } from './published.ts';
import type { AnswerSummary, GuideSummary } from '../content/schema.ts';
import type { HeldPage } from './pages.ts';
import { keepPublishedGuides, publishedGuideFiles, readOverlay } from './published.ts';

const guide = (slug: string, title = slug): GuideSummary => ({ slug, title, summary: `${title}的办法`, order: 1 } as GuideSummary);
const overlay = (guides: GuideSummary[], withdrawn: string[] = []): PublishedOverlay => ({ disclosure: [], guides, withdrawn: { disclosure: [], guides: withdrawn } });

/** The phone's copies, by address, in memory. */
function phone(initial: Record<string, string> = {}) {
  const copies = new Map(Object.entries(initial));
  const held = (path: string): HeldPage => ({
    read: async () => (copies.has(path) ? new Response(copies.get(path)) : undefined),
    keep: async (response) => void copies.set(path, await response.text()),
    drop: async () => void copies.delete(path),
  });
  return { copies, held };
}

describe('publishedGuideFiles', () => {
  it('keeps each listed guide’s page and QR code in the overlay’s language, and drops a withdrawn guide’s', () => {
    expect(publishedGuideFiles(overlay([guide('wheelchair-loan')], ['bus-pass']), 'en')).toEqual({
      keep: ['/en/guides/wheelchair-loan/', '/qr/en/guides/wheelchair-loan.svg'],
      refresh: ['/en/guides/wheelchair-loan/'],
      drop: ['/en/guides/bus-pass/', '/qr/en/guides/bus-pass.svg'],
    });
  });

  it('fetches again only the pages of guides whose entry changed since the overlay held before', () => {
    const before = overlay([guide('a'), guide('b')]);
    const files = publishedGuideFiles(overlay([guide('a'), guide('b', '新标题'), guide('c')]), 'zh-Hans', before);
    expect(files.refresh).toEqual(['/guides/b/', '/guides/c/']);
  });

  it('never drops a guide the overlay lists, even if also named withdrawn', () => {
    expect(publishedGuideFiles(overlay([guide('a')], ['a']), 'zh-Hans').drop).toEqual([]);
  });
});

describe('published answers (issue 17 point 3)', () => {
  const answer = (slug: string, title = slug): AnswerSummary => ({ slug, title, topic: 'guide', answered: '2026-03-03' } as AnswerSummary);
  const withAnswers = (answers: AnswerSummary[], withdrawn: string[] = []): PublishedOverlay => ({ ...overlay([]), answers, withdrawn: { disclosure: [], guides: [], answers: withdrawn } });

  it('keeps each answer’s page and QR code and the answers’ list, fetches a changed one and the list again, and drops a withdrawn one', () => {
    const before = withAnswers([answer('bus-fare'), answer('older')]);
    expect(publishedGuideFiles(withAnswers([answer('bus-fare', '新标题')], ['older']), 'zh-Hant', before)).toEqual({
      keep: ['/zh-Hant/ask/answers/bus-fare/', '/qr/zh-Hant/ask/answers/bus-fare.svg', '/zh-Hant/ask/answers/'],
      refresh: ['/zh-Hant/ask/answers/bus-fare/', '/zh-Hant/ask/answers/'],
      drop: ['/zh-Hant/ask/answers/older/', '/qr/zh-Hant/ask/answers/older.svg'],
    });
  });

  it('leaves the list alone while the answers are unchanged, and while none was ever published', () => {
    const same = withAnswers([answer('bus-fare')]);
    expect(publishedGuideFiles(same, 'en', same).refresh).toEqual([]);
    expect(publishedGuideFiles(overlay([]), 'en').keep).toEqual([]);
  });

  it('reads the answers offline after keeping them', async () => {
    const { copies, held } = phone();
    await keepPublishedGuides(withAnswers([answer('bus-fare')]), 'en', undefined, held, async (path) => new Response(`${path} from the server`));
    expect([...copies.keys()]).toEqual(['/en/ask/answers/bus-fare/', '/qr/en/ask/answers/bus-fare.svg', '/en/ask/answers/']);
  });
});

describe('keepPublishedGuides', () => {
  it('downloads the published guides the phone lacks, keeps what it holds unless changed, and drops the withdrawn', async () => {
    const { copies, held } = phone({
      '/guides/kept/': 'kept v1', '/qr/guides/kept.svg': '<svg/>',
      '/guides/changed/': 'changed v1', '/qr/guides/changed.svg': '<svg/>',
      '/guides/withdrawn/': 'gone', '/qr/guides/withdrawn.svg': '<svg/>',
    });
    const fetchFile = vi.fn(async (path: string) => new Response(`${path} from the server`));
    const before = overlay([guide('kept'), guide('changed')]);
    const now = overlay([guide('kept'), guide('changed', '改过的标题'), guide('new')], ['withdrawn']);
    const result = await keepPublishedGuides(now, 'zh-Hans', before, held, fetchFile);
    expect(fetchFile.mock.calls.map(([path]) => path)).toEqual(['/guides/changed/', '/guides/new/', '/qr/guides/new.svg']);
    expect(result.kept).toEqual(['/guides/changed/', '/guides/new/', '/qr/guides/new.svg']);
    expect(copies.get('/guides/kept/')).toBe('kept v1');
    expect(copies.get('/guides/changed/')).toBe('/guides/changed/ from the server');
    expect(copies.get('/guides/new/')).toBe('/guides/new/ from the server');
    expect(copies.has('/guides/withdrawn/')).toBe(false);
    expect(copies.has('/qr/guides/withdrawn.svg')).toBe(false);
  });

  it('keeps no error page and never throws: with no signal, or a server error, the copy held stays for the next overlay', async () => {
    const { copies, held } = phone({ '/guides/changed/': 'changed v1' });
    const now = overlay([guide('changed', '改过的标题'), guide('new')]);
    await keepPublishedGuides(now, 'zh-Hans', overlay([guide('changed')]), held, async (path) => {
      if (path === '/guides/new/') throw new TypeError('Failed to fetch');
      return new Response('error', { status: 503 });
    });
    expect(copies.get('/guides/changed/')).toBe('changed v1');
    expect(copies.has('/guides/new/')).toBe(false);
  });
});

describe('readOverlay', () => {
  it('reads the overlay the server answers with (src/content/published.ts)', () => {
    const served: PublishedOverlay = overlay([guide('a')]);
    const read: WorkerOverlay = served;
    expect(read.guides[0]!.slug).toBe('a');
  });

  it('reads an overlay, and nothing from an answer of another shape', async () => {
    expect(await readOverlay(new Response(JSON.stringify(overlay([guide('a')]))))).toEqual(overlay([guide('a')]));
    expect(await readOverlay(new Response('{"guides":[]}'))).toBeUndefined();
    expect(await readOverlay(new Response('<html>'))).toBeUndefined();
    expect(await readOverlay(undefined)).toBeUndefined();
  });
});
