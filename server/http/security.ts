import type { MiddlewareHandler } from 'hono';
import { secureHeaders as honoSecureHeaders } from 'hono/secure-headers';
import { isStaffContentPreviewHref, serviceWorkerHref } from '../../src/addresses/addresses.ts';
import { cspHash, type InlineHead } from '../../build/document/inline-head.ts';

/**
 * The security headers, errors and 404s included (Hono's secure-headers middleware sets them after the handler has
 * run), and no X-Powered-By. A document (HTML, and the service worker, whose own answer's policy is the worker's)
 * carries them all, exactly these, as README "API" lists them:
 *
 * - Content-Security-Policy: files of the site's own origin, and no inline script or style but the two every
 *   citizen page carries in its head, the display settings' boot script and the critical CSS, each allowed by its
 *   `sha256-` hash (`inlineHead`: the build's, build/document/inline-head.ts) so that the first paint waits for no
 *   request besides the HTML (issue 16, point 4); never `'unsafe-inline'`;
 * - Permissions-Policy: only features Chromium still recognises, since an unknown one (such as the retired
 *   `interest-cohort`) is logged as a console error on every page and costs the Lighthouse Best Practices score;
 * - X-Content-Type-Options nosniff, Referrer-Policy strict-origin-when-cross-origin, Cross-Origin-Opener-Policy and
 *   Cross-Origin-Resource-Policy same-origin, X-Frame-Options DENY.
 *
 * - Strict-Transport-Security `max-age=31536000` (a year) when the site's address, `baseUrl` (BASE_URL), is https://,
 *   whether TLS ends here or at a proxy in front: a browser that has once reached the site then never asks for it
 *   over plain HTTP, where anyone on the hall's Wi-Fi could answer instead (issue 11). Never for an http:// site,
 *   which it would make unreachable.
 *
 * Every other answer (scripts, styles, images, JSON, plain text, redirects) carries only `nosniff` and
 * Cross-Origin-Resource-Policy, beside its type and caching: the others govern a document and do nothing on a file,
 * yet cost about 550 bytes on each of the many answers a first visit downloads (issue 16, point 3); an SVG image adds
 * its own short policy (`SVG_POLICY`). HSTS stays on
 * every answer of an https:// site (issue 11): it guards the connection, not a document, and a client that only
 * calls the API learns it there.
 *
 * One document may be framed, by the site's own pages only: a draft's preview in the staff console
 * (`isStaffContentPreviewHref`), which the item's console page shows in a frame and checks with axe (issue 14
 * point 1). It alone gets `frame-ancestors 'self'` and X-Frame-Options SAMEORIGIN; every other page stays unframable.
 *
 * Hono's other defaults are off: they are for browsers this site does not support or are the default anyway.
 */
export function secureHeaders(baseUrl?: string, inlineHead?: Promise<InlineHead>): MiddlewareHandler {
  const hsts = baseUrl?.startsWith('https://') ? HSTS : false;
  const all = (inlineHead ?? Promise.resolve(undefined)).then((inline) =>
    honoSecureHeaders({ ...headers, contentSecurityPolicy: policy(inline), strictTransportSecurity: hsts }));
  all.catch(() => undefined);
  return async (c, next) => {
    await (await all)(c, next);
    if (isDocument(c.req.path, c.res)) {
      if (isStaffContentPreviewHref(c.req.path)) framedBySameOrigin(c.res.headers);
      return;
    }
    const svg = isSvg(c.res);
    for (const name of DOCUMENT_ONLY) c.res.headers.delete(name);
    if (svg) c.res.headers.set('Content-Security-Policy', SVG_POLICY);
  };
}

/**
 * An SVG image's own policy: opened as a page it runs no script and loads nothing, which is all a page's policy
 * did for it; the page's other headers have nothing to govern in our icons and QR codes (drawn with attributes,
 * no `<style>`), and cost about 700 bytes on each (issue 16, point 3).
 */
export const SVG_POLICY = "default-src 'none'";

const isSvg = (response: Response) => /^image\/svg\+xml\b/i.test(response.headers.get('Content-Type') ?? '');

/** The headers that only a document uses: a file's answer leaves them out. */
export const DOCUMENT_ONLY = [
  'content-security-policy',
  'permissions-policy',
  'referrer-policy',
  'cross-origin-opener-policy',
  'x-frame-options',
] as const;

/**
 * Whether an answer is, or may be shown as, a document. A 304 has no type: it refreshes the stored page's headers,
 * so a page's address (`/x/`, `…/index.html`) keeps its document headers then too.
 */
export function isDocument(path: string, response: Response): boolean {
  if (path === serviceWorkerHref) return true;
  const type = response.headers.get('Content-Type');
  if (type) return /^text\/html\b/i.test(type);
  return response.status === 304 && (path.endsWith('/') || path.endsWith('.html'));
}

export const HSTS = 'max-age=31536000';

/** Lets the site's own pages, and no other site's, show this document in a frame. */
function framedBySameOrigin(headers: Headers): void {
  headers.set('X-Frame-Options', 'SAMEORIGIN');
  const csp = headers.get('Content-Security-Policy');
  if (csp) headers.set('Content-Security-Policy', csp.replace("frame-ancestors 'none'", "frame-ancestors 'self'"));
}

/** The document policy: its own origin, and the inline boot script and critical CSS by their hashes. */
function policy(inline: InlineHead | undefined): NonNullable<HonoOptions['contentSecurityPolicy']> {
  return {
    // Directives in this order, each value as written: Hono joins them as `name value; name value`.
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'", ...(inline ? [cspHash(inline.script)] : [])],
    styleSrc: ["'self'", ...(inline ? [cspHash(inline.style)] : [])],
    imgSrc: ["'self'", 'data:'],
    fontSrc: ["'self'"],
    connectSrc: ["'self'"],
    manifestSrc: ["'self'"],
    workerSrc: ["'self'"],
    objectSrc: ["'none'"],
    baseUri: ["'none'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
  };
}

type HonoOptions = NonNullable<Parameters<typeof honoSecureHeaders>[0]>;

const headers: HonoOptions = {
  permissionsPolicy: { camera: [], microphone: [], geolocation: [], payment: [], usb: [], browsingTopics: [] },
  xContentTypeOptions: 'nosniff',
  referrerPolicy: 'strict-origin-when-cross-origin',
  crossOriginOpenerPolicy: 'same-origin',
  crossOriginResourcePolicy: 'same-origin',
  xFrameOptions: 'DENY',
  crossOriginEmbedderPolicy: false,
  originAgentCluster: false,
  xDnsPrefetchControl: false,
  xDownloadOptions: false,
  xPermittedCrossDomainPolicies: false,
  xXssProtection: false,
  removePoweredBy: true,
};
