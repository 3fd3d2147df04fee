/**
 * The document head every page shares, whoever writes the document: the build puts it into index.html, the
 * template of every prerendered page (./head-plugin.ts), and the server writes it into the pages it renders
 * (server/pages/render.tsx). What varies by page (title, description, canonical address, language) is not here.
 *
 * Imports nothing: the server reads it at run time, without Vite.
 */

import type { InlineHead } from './inline-head.ts';

/**
 * One element of the head, as Vite's `transformIndexHtml` takes it: a tag name, its attributes and, for an inline
 * script or style, its text (written as it is, never escaped: CSP hashes it byte for byte).
 */
export interface HeadTag {
  tag: 'meta' | 'link' | 'script' | 'style';
  attrs: Record<string, string>;
  children?: string;
}

const charset: HeadTag = { tag: 'meta', attrs: { charset: 'utf-8' } };
const viewport: HeadTag = { tag: 'meta', attrs: { name: 'viewport', content: 'width=device-width, initial-scale=1' } };

/**
 * Every citizen page's head, in this order: the character set first (it must come within the first 1024 bytes);
 * then the display settings' classic script and the critical CSS, inline (./inline-head.ts), so that large text or
 * high contrast is on before the first paint and that paint waits for no other request (issue 16, point 4); then
 * what the browser and the home screen need.
 */
export function staticHead(inline: InlineHead): HeadTag[] {
  return [
    charset,
    { tag: 'script', attrs: {}, children: inline.script },
    { tag: 'style', attrs: {}, children: inline.style },
    viewport,
    { tag: 'meta', attrs: { name: 'theme-color', content: '#0b4f8a' } },
    { tag: 'link', attrs: { rel: 'manifest', href: '/manifest.webmanifest' } },
    { tag: 'link', attrs: { rel: 'icon', href: '/icons/icon.svg', type: 'image/svg+xml' } },
    { tag: 'link', attrs: { rel: 'apple-touch-icon', href: '/icons/icon-192.png' } },
  ];
}

/**
 * The part of the static head a page without the citizens' app needs (the staff console): the character set and
 * the viewport. No display settings script, no web app manifest or icons: those pages load no script at all and
 * are not the app a citizen installs.
 */
export const minimalHead: readonly HeadTag[] = [charset, viewport];
