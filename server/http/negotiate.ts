export type Encoding = 'br' | 'gzip';

/** Quality the client gives each coding in Accept-Encoding (RFC 9110 §12.5.3); `*` stands for any other. */
function qualities(header: string): Map<string, number> {
  const result = new Map<string, number>();
  for (const part of header.split(',')) {
    const [name = '', ...params] = part.split(';').map((piece) => piece.trim().toLowerCase());
    if (!name) continue;
    const q = params.find((param) => param.startsWith('q='));
    const quality = q === undefined ? 1 : Number(q.slice(2));
    result.set(name, Number.isFinite(quality) ? quality : 0);
  }
  return result;
}

/** The best encoding the client accepts among those we have, brotli first on a tie; undefined means plain bytes. */
export function chooseEncoding(acceptEncoding: string | undefined, available: readonly Encoding[]): Encoding | undefined {
  if (!acceptEncoding || available.length === 0) return undefined;
  const accepted = qualities(acceptEncoding);
  const wildcard = accepted.get('*') ?? 0;
  let best: Encoding | undefined;
  let bestQuality = 0;
  for (const encoding of (['br', 'gzip'] as const).filter((name) => available.includes(name))) {
    const quality = accepted.get(encoding) ?? wildcard;
    if (quality > bestQuality) {
      best = encoding;
      bestQuality = quality;
    }
  }
  return best;
}

/** If-None-Match uses the weak comparison (RFC 9110 §13.1.2): `W/` prefixes do not matter. */
export function etagMatches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === opaque(etag));
}
