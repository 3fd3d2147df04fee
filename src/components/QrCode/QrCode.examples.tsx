import type { Example } from '../test-examples.ts';
import { QrCode } from './QrCode.tsx';

/** A guide's address, as printed for the service hall. */
export const guide: Example = { url: '/guides/bus-pass/', element: <QrCode path="/guides/bus-pass/" url="https://example.test/guides/bus-pass/" /> };
