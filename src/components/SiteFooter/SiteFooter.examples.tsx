import type { Example } from '../test-examples.ts';
import { SiteFooter } from './SiteFooter.tsx';

export const chinese: Example = { element: <SiteFooter /> };

/** On an English page: the links lead to the English pages. */
export const english: Example = { url: '/en/', element: <SiteFooter /> };
