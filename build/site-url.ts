/** The absolute address of the site, used in QR codes and the sitemap. `BASE_URL` wins; else where `npm start` serves. */
export function siteUrlFrom(env: Record<string, string | undefined>): string {
  const fallback = `http://${env.HOST || '127.0.0.1'}:${env.PORT || '8080'}`;
  const url = new URL(env.BASE_URL || fallback);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`BASE_URL must be an http(s) address, got "${env.BASE_URL}"`);
  }
  return url.href.replace(/\/+$/, '');
}
