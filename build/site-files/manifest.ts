import { guidesHref, myRequestsHref, requestHref } from '../../src/addresses/addresses.ts';
import type { SiteConfig } from '../../src/config/site.ts';
import { START_URL } from '../../src/offline/resume.ts';

/** The web app manifest, from the site config so names never drift. Written by the site-files plugin (build/site-files/plugin.ts). */
export function webManifest(site: SiteConfig) {
  const icon = { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' };
  return {
    id: '/',
    name: `${site.shortName}${site.appName.replace(/^残联/, '')}`,
    short_name: site.appName,
    description: '办事指南、政府信息公开和依申请公开，适合读屏软件和大字体使用。',
    lang: 'zh-Hans',
    dir: 'ltr',
    start_url: START_URL,
    scope: '/',
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#0b4f8a',
    icons: [
      { ...icon, purpose: 'any' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      { src: '/icons/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
    ],
    shortcuts: [
      { name: '办事指南', url: guidesHref(), icons: [icon] },
      { name: '申请公开', url: requestHref(), icons: [icon] },
      { name: '我的申请', url: myRequestsHref(), icons: [icon] },
    ],
  };
}
