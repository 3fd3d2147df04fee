import { expect, it } from 'vitest';
import { qrPath } from './qr-path.ts';

it('gives every page its own QR image, the home page included', () => {
  expect(qrPath('/')).toBe('/qr/index.svg');
  expect(qrPath('/guides/')).toBe('/qr/guides.svg');
  expect(qrPath('/guides/bus-pass/')).toBe('/qr/guides/bus-pass.svg');
  expect(qrPath('/guides/bus-pass')).toBe('/qr/guides/bus-pass.svg');
});
