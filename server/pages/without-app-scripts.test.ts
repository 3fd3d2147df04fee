import { describe, expect, it } from 'vitest';
import { withoutAppScripts } from './without-app-scripts.ts';

describe('a prerendered page without the app', () => {
  it('drops the module scripts and preloads, and keeps the display settings script', () => {
    const page = [
      '<head>',
      '  <script vite-ignore src="/prefs.js"></script>',
      '  <script type="module" crossorigin src="/assets/index-abc.js"></script>',
      '  <link rel="modulepreload" crossorigin href="/assets/chunk.js">',
      '</head>',
    ].join('\n');
    expect(withoutAppScripts(page)).toBe('<head>\n  <script vite-ignore src="/prefs.js"></script>\n</head>');
  });
});
