/** Where the build writes the QR code image of a page: `/guides/bus-pass/` → `/qr/guides/bus-pass.svg`. */
export function qrPath(pagePath: string): string {
  const trimmed = pagePath.replace(/^\/+|\/+$/g, '');
  return `/qr/${trimmed || 'index'}.svg`;
}
