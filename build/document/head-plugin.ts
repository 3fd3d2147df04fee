import type { Plugin } from 'vite';
import { staticHead } from './static-head.ts';

/**
 * Writes the shared static head (./static-head.ts) at the top of index.html's `<head>`, so every prerendered
 * page carries the same tags as the pages the server renders. Runs after Vite has read the HTML's own scripts:
 * the display settings script is a classic script at a fixed address, not a module for Vite to bundle.
 */
export function staticHeadPlugin(): Plugin {
  return {
    name: 'accessible-disclosure:static-head',
    transformIndexHtml: {
      order: 'post',
      handler: () => staticHead.map(({ tag, attrs }) => ({ tag, attrs: { ...attrs }, injectTo: 'head-prepend' as const })),
    },
  };
}
