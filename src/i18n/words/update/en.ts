import type { UpdateWords } from './zh-Hans.ts';

export const enUpdateWords: UpdateWords = {
  label: 'New version',
  text: 'A new version is available.',
  button: 'Reload to use the new version',
  announce: 'A new version is available. You can reload the page to use it.',
};
