import { expect, it } from 'vitest';
import { renderExample } from '../test-examples.ts';
import { guide } from './QrCode.examples.tsx';

it('gives the QR code the address as its text alternative, and prints the address under it', () => {
  const { html } = renderExample(guide);
  expect(html).toMatch(/<img src="\/qr\/guides\/bus-pass\.svg" alt="[^"]*https:\/\/example\.test\/guides\/bus-pass\/[^"]*" width="132" height="132" loading="lazy"\/>/);
  expect(html).toContain('<span class="qr-code__url print-only">https://example.test/guides/bus-pass/</span>');
});
