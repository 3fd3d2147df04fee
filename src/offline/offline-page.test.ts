import { describe, expect, it } from 'vitest';
import { guideListChanges } from './offline-page.ts';

const overlay = {
  disclosure: [],
  guides: [{ slug: 'bus-pass', title: '公交卡（新版）' }, { slug: 'wheelchair-loan', title: '轮椅租借' }, { slug: 'not-kept-yet', title: '还没保存的指南' }],
  withdrawn: { disclosure: [], guides: ['certificate-new'] },
};

describe('guideListChanges', () => {
  it('offers the published guides the phone keeps after the shipped ones, retitles a changed one, and takes out a withdrawn one', () => {
    const kept = new Set(['/en/guides/wheelchair-loan/']);
    expect(guideListChanges(overlay, 'en', ['bus-pass', 'certificate-new', 'transport'], (href) => kept.has(href))).toEqual({
      remove: ['certificate-new'],
      retitle: [{ slug: 'bus-pass', title: '公交卡（新版）' }],
      add: [{ slug: 'wheelchair-loan', href: '/en/guides/wheelchair-loan/', title: '轮椅租借' }],
    });
  });

  it('changes nothing when nothing was published', () => {
    const nothing = { disclosure: [], guides: [], withdrawn: { disclosure: [], guides: [] } };
    expect(guideListChanges(nothing, 'zh-Hans', ['bus-pass'], () => true)).toEqual({ remove: [], retitle: [], add: [] });
  });
});
