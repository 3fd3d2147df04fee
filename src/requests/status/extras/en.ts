import type { ExtrasWords } from './zh-Hans.ts';

export const enExtras: ExtrasWords = {
  files: 'The information',
  fileLink: (name, kind, size) => `${name} (${kind}, ${size})`,
  bytes: 'bytes',
  post: (on, tracking) => `Posted on ${on}${tracking ? `, tracking number ${tracking}` : ''}`,
  collection: (on) => `Collected on ${on}`,
};
