/**
 * The document head every page shares, whoever writes the document: the build puts it into index.html, the
 * template of every prerendered page (./head-plugin.ts), and the server writes it into the pages it renders
 * (server/pages/render.tsx). What varies by page (title, description, canonical address, language) is not here.
 *
 * Imports nothing: the server reads it at run time, without Vite.
 */

/** The address of the display settings' boot script: in every citizen page's `<head>`, and in the precache list. */
export const BOOT_SCRIPT = '/prefs.js';

/** One element of the head, as Vite's `transformIndexHtml` takes it: a tag name and its attributes. */
export interface HeadTag {
  tag: 'meta' | 'link' | 'script';
  attrs: Record<string, string>;
}

/**
 * In this order: the character set first (it must come within the first 1024 bytes); then the display settings'
 * classic script, which must run before the first paint so that large text or high contrast never flashes in
 * late; then what the browser and the home screen need.
 */
export const staticHead: readonly HeadTag[] = [
  { tag: 'meta', attrs: { charset: 'utf-8' } },
  { tag: 'script', attrs: { src: BOOT_SCRIPT } },
  { tag: 'meta', attrs: { name: 'viewport', content: 'width=device-width, initial-scale=1' } },
  { tag: 'meta', attrs: { name: 'theme-color', content: '#0b4f8a' } },
  { tag: 'link', attrs: { rel: 'manifest', href: '/manifest.webmanifest' } },
  { tag: 'link', attrs: { rel: 'icon', href: '/icons/icon.svg', type: 'image/svg+xml' } },
  { tag: 'link', attrs: { rel: 'apple-touch-icon', href: '/icons/icon-192.png' } },
];

/**
 * The part of the static head a page without the citizens' app needs (the staff console): the character set and
 * the viewport. No display settings script, no web app manifest or icons: those pages load no script at all and
 * are not the app a citizen installs.
 */
export const minimalHead: readonly HeadTag[] = staticHead.filter((tag) => tag.attrs.charset || tag.attrs.name === 'viewport');
