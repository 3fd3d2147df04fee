import type { Example } from '../test-examples.ts';
import { LanguageSwitch } from './LanguageSwitch.tsx';

/** In the header of an English page: English is current, the two Chinese versions are links. */
export const onEnglishPage: Example = { url: '/en/guides/bus-pass/', element: <LanguageSwitch /> };

/** In the display settings: a group, not a second navigation landmark. */
export const inDisplaySettings: Example = { url: '/search/?q=乘车', element: <LanguageSwitch landmark={false} /> };
