import type { MiddlewareHandler } from 'hono';
import { secureHeaders as honoSecureHeaders } from 'hono/secure-headers';

/**
 * The security headers on every answer, errors and 404s included (Hono's secure-headers middleware sets them after
 * the handler has run), and no X-Powered-By. Exactly these, as README "API" lists them:
 *
 * - Content-Security-Policy: no inline script or style anywhere, since the prerendered pages load everything from
 *   files of their own origin;
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
 * Hono's other defaults are off: they are for browsers this site does not support or are the default anyway.
 */
export function secureHeaders(baseUrl?: string): MiddlewareHandler {
  return honoSecureHeaders({ ...headers, strictTransportSecurity: baseUrl?.startsWith('https://') ? HSTS : false });
}

export const HSTS = 'max-age=31536000';

const headers: NonNullable<Parameters<typeof honoSecureHeaders>[0]> = {
  // Directives in this order, each value as written: Hono joins them as `name value; name value`.
  contentSecurityPolicy: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'"],
    imgSrc: ["'self'", 'data:'],
    fontSrc: ["'self'"],
    connectSrc: ["'self'"],
    manifestSrc: ["'self'"],
    workerSrc: ["'self'"],
    objectSrc: ["'none'"],
    baseUri: ["'none'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
  },
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
