import type { Example } from '../test-examples.ts';
import { SkipLink } from './SkipLink.tsx';

export const skipLink: Example = { element: <SkipLink /> };
