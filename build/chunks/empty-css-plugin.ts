import type { Plugin } from 'vite';

/**
 * Vite leaves `/* empty css … *\/` where a chunk imported a stylesheet that went into the one site stylesheet
 * (`cssCodeSplit: false`), padded to the import's length for source maps, which this build does not write. Every
 * page that loads such a chunk (a form step's, the page frame's) downloaded it: about 20 bytes each, and the request
 * form's JavaScript sits at its 35 KB budget. Removed once the chunks are written, before they are compressed.
 */
export function emptyCssCommentsPlugin(): Plugin {
  return {
    name: 'accessible-disclosure:empty-css-comments',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type === 'chunk') chunk.code = stripEmptyCssComments(chunk.code);
      }
    },
  };
}

/** `code` without Vite's `/* empty css *\/` placeholders. */
export function stripEmptyCssComments(code: string): string {
  return code.replace(/\/\* empty css {0,200}\*\//g, '');
}
