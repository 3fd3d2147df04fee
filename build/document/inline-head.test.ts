import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { afterFirstPaint } from './head-plugin.ts';
import { criticalCss, cspHash, minifyCss } from './inline-head.ts';

describe('the inline head', () => {
  it('minifies without joining a descendant selector to its ancestor', () => {
    expect(minifyCss('/* why */\nhtml[data-pinyin="on"] :is(.a, .b) {\n  line-height: 2.5;\n  color: red;\n}\n'))
      .toBe('html[data-pinyin="on"] :is(.a,.b){line-height: 2.5;color: red}');
  });

  it('carries every display mode, so a saved mode shows at the first paint', () => {
    const css = criticalCss(fileURLToPath(new URL('../../', import.meta.url)));
    for (const mode of ['data-contrast="high"', 'data-contrast="dark"', 'data-text-size="200"', 'data-elder="on"', 'data-line-spacing="wider"']) {
      expect(css).toContain(mode);
    }
    expect(css).toContain('.site-header');
    expect(css).not.toContain('/*');
  });

  it('hashes as CSP does: SHA-256 of the UTF-8 text, base64', () => {
    // echo -n 'alert(1)' | openssl dgst -sha256 -binary | base64
    expect(cspHash('alert(1)')).toBe("'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='");
  });

  it('moves the stylesheet after the content, where it holds up no paint, and fetches it and the app’s module at low priority', () => {
    const html = '<html><head><title>x</title>\n    <script type="module" crossorigin src="/assets/main-1.js"></script>\n    <link rel="stylesheet" crossorigin href="/assets/style-1.css">\n</head><body><div id="app"></div></body></html>';
    expect(afterFirstPaint(html)).toBe(
      '<html><head><title>x</title>\n    <script type="module" fetchpriority="low" crossorigin src="/assets/main-1.js"></script>\n</head>' +
      '<body><div id="app"></div><link rel="stylesheet" fetchpriority="low" crossorigin href="/assets/style-1.css">\n</body></html>',
    );
  });
});
