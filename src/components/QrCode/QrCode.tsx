import { site } from '../../config/site.ts';
import { useMessages } from '../../i18n/index.ts';
import { qrHref } from '../../addresses/addresses.ts';
import './QrCode.css';

/**
 * The page's own address as a QR code, so staff can print any page for the service hall and a person
 * can open it on their phone. The image is made at build time; the address is its text alternative.
 */
export function QrCode({ path, url = `${site.url}${path}` }: { path: string; /** The server, which has no build-time address, passes it. */ url?: string }) {
  const t = useMessages();
  return (
    <figure class="qr-code">
      {/* Lazy: fetched when shown, not by a phone that never scrolls to it (issue 16). */}
      <img src={qrHref(path)} alt={t.qr.alt(url)} width={132} height={132} loading="lazy" />
      <figcaption>
        {t.qr.caption}
        <span class="qr-code__url print-only">{url}</span>
      </figcaption>
    </figure>
  );
}
