import { expect, it } from 'vitest';
import { guideHref, myRequestHref, notFoundPageFor, prerenderedPageFor, qrHref, reportHref, requestStepHref, searchHref, searchIndexHref } from './addresses.ts';

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
