import { exec } from 'preact-iso/router';
import { describe, expect, it } from 'vitest';
import {
  apiHref, askHref, askStatusHref, canonicalPageAddress, catalogueFactsHref, catalogueHref, contentPageHref, displaySettingsHref, guideHref, homeHref, isPrivateHref, isReportHref, myRequestHref,
  notFoundPageFor, prerenderedPageFor, qrHref, reportDataHref, reportHref, requestsApiHref, requestStepHref, searchHref, searchIndexHref,
  sitemapHref, staffHref, staffRequestHref,
} from './addresses.ts';

it('writes each address in the language asked for, simplified Chinese without a prefix', () => {
  expect(guideHref('bus-pass')).toBe('/guides/bus-pass/');
  expect(guideHref('bus-pass', 'zh-Hant')).toBe('/zh-Hant/guides/bus-pass/');
  expect(guideHref('bus-pass', 'en')).toBe('/en/guides/bus-pass/');
  expect(reportHref(2017, 'en')).toBe('/en/reports/2017/');
  expect(requestStepHref('check')).toBe('/request/check/');
  expect(searchHref('残疾人证', 'en')).toBe(`/en/search/?q=${encodeURIComponent('残疾人证')}`);
  expect(searchIndexHref('zh-Hant')).toBe('/zh-Hant/search-index.json');
});

it('gives every page its own QR image, the home page included', () => {
  expect(qrHref('/')).toBe('/qr/index.svg');
  expect(qrHref('/guides/')).toBe('/qr/guides.svg');
  expect(qrHref('/guides/bus-pass/')).toBe('/qr/guides/bus-pass.svg');
  expect(qrHref('/guides/bus-pass')).toBe('/qr/guides/bus-pass.svg');
});

it('answers a request made on the phone with the page that shows it, and a missing page in its language', () => {
  expect(prerenderedPageFor(myRequestHref('abc', 'en'))).toBe('/en/requests/');
  expect(prerenderedPageFor('/guides/bus-pass/')).toBeUndefined();
  expect(notFoundPageFor('/zh-Hant/nothing/')).toBe('/zh-Hant/404/');
});

it('writes the home page, the catalogue and its sections, and the content pages', () => {
  expect(homeHref()).toBe('/');
  expect(homeHref('en')).toBe('/en/');
  expect(catalogueHref()).toBe('/disclosure/');
  expect(catalogueHref('zh-Hant')).toBe('/zh-Hant/disclosure/');
  expect(contentPageHref('contacts', 'en')).toBe('/en/contacts/');
  expect(displaySettingsHref('en')).toBe('/en/accessibility/#display-settings');
  // An empty search is the search page itself, as the search box's form sends it.
  expect(searchHref('')).toBe('/search/');
});

it('gives the router its patterns from the same builders, with a :param where the address varies', () => {
  expect(guideHref(':slug', 'en')).toBe('/en/guides/:slug/');
  expect(reportHref(':year')).toBe('/reports/:year/');
  expect(myRequestHref(':id', 'zh-Hant')).toBe('/zh-Hant/requests/:id/');
  expect(contentPageHref(':slug')).toBe('/:slug/');
  // The router matches an address with or without its trailing slash against a pattern that has one.
  expect(exec(guideHref('bus-pass', 'en'), guideHref(':slug', 'en'))?.params).toEqual({ slug: 'bus-pass' });
  expect(exec('/reports/2017', reportHref(':year'))?.params).toEqual({ year: '2017' });
  expect(exec(guideHref('bus-pass'), catalogueHref())).toBeUndefined();
});

it('keeps a report’s data files beside its page, and the catalogue’s facts in the reports folder', () => {
  expect(reportDataHref(2017, 'csv')).toBe('/reports/2017/report.csv');
  expect(catalogueFactsHref).toBe('/reports/catalogue.json');
  expect(isReportHref(reportHref(2017))).toBe(true);
  expect(isReportHref(catalogueHref())).toBe(false);
});

it('tells the API and the staff console from public pages, with or without the trailing slash', () => {
  expect(requestsApiHref).toBe('/api/requests');
  expect(sitemapHref).toBe('/sitemap.xml');
  expect(staffRequestHref('MDJ-2026-0001')).toBe('/staff/requests/MDJ-2026-0001/');
  for (const path of [apiHref, '/api', requestsApiHref, staffHref, '/staff', staffRequestHref('x')]) expect(isPrivateHref(path), path).toBe(true);
  for (const path of ['/', '/apis/', '/staffing/', guideHref('api'), contentPageHref('privacy')]) expect(isPrivateHref(path), path).toBe(false);
});

it('writes the mailbox form’s address with the page it was asked from, and keeps a question’s status page private in every language', () => {
  expect(askHref()).toBe('/ask/');
  expect(askHref('/guides/bus-pass/', 'en')).toBe('/en/ask/?page=%2Fguides%2Fbus-pass%2F');
  expect(askStatusHref('MDJCLZX-2026-000001', 'a+b', 'zh-Hant')).toBe('/zh-Hant/ask/status/MDJCLZX-2026-000001/?token=a%2Bb');
  for (const locale of ['zh-Hans', 'zh-Hant', 'en'] as const) {
    expect(isPrivateHref(new URL(askStatusHref('MDJCLZX-2026-000001', 't', locale), 'http://x').pathname)).toBe(true);
    expect(isPrivateHref(askHref(undefined, locale))).toBe(false);
  }
});

describe('canonicalPageAddress', () => {
  it.each([
    ['/ZH-HANT/guides/', '/zh-Hant/guides/'],
    ['/zh-hant/guides/bus-pass/', '/zh-Hant/guides/bus-pass/'],
    ['/Zh-Hant/', '/zh-Hant/'],
    ['/EN/guides/bus-pass/', '/en/guides/bus-pass/'],
    ['/EN', '/en/'],
    ['/En/guides', '/en/guides'],
    ['/guides/index.html', '/guides/'],
    ['/guides/bus-pass/INDEX.HTML', '/guides/bus-pass/'],
    ['/index.html', '/'],
    ['/EN/guides/index.htm', '/en/guides/'],
    ['/disclosure/%E6%AE%8B%E8%81%94/index.html', '/disclosure/%E6%AE%8B%E8%81%94/'],
  ])('%s → %s', (form, canonical) => {
    expect(canonicalPageAddress(form)).toBe(canonical);
  });

  it.each(['/', '/guides/', '/guides/bus-pass/', '/zh-Hant/guides/', '/en/', '/guides', '/english/', '/assets/main.js', '//evil.example/index.html', ''])(
    'leaves %s as it is',
    (path) => {
      expect(canonicalPageAddress(path)).toBeUndefined();
    },
  );
});
