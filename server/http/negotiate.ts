import type { Context } from 'hono';
import { accepts } from 'hono/accepts';

export type Encoding = 'br' | 'gzip';

/** The options and parsed header Hono hands a custom match (its helper does not export these types). */
type MatchOptions = NonNullable<Parameters<typeof accepts>[1]>;
type Match = NonNullable<MatchOptions['match']>;
type Accepted = Parameters<Match>[0];

/** The preference on a tie: brotli is smaller. */
const preference: readonly Encoding[] = ['br', 'gzip'];
const IDENTITY = 'identity';

/**
 * Content coding as RFC 9110 §12.5.3 has it, on Hono's parse of the header: a coding the client names gets its own
 * quality, `*` stands for every coding it does not name, q=0 refuses, and among equals the first of `supports`
 * wins. (Hono's default match ranks by quality and lets `*` match nothing, which is right for media types only.)
 */
function bestCoding(accepted: Accepted, config: Parameters<Match>[1]): string {
  const quality = (name: string) => accepted.find((entry) => entry.type.toLowerCase() === name)?.q;
  const wildcard = quality('*') ?? 0;
  let best = config.default;
  let bestQuality = 0;
  for (const coding of config.supports) {
    const q = quality(coding) ?? wildcard;
    if (q > bestQuality) {
      best = coding;
      bestQuality = q;
    }
  }
  return best;
}

/**
 * The best of the `available` encodings the request's Accept-Encoding allows, brotli first on a tie; undefined
 * means plain bytes (no header, nothing compressed, or every one we have refused).
 */
export function chooseEncoding(c: Context, available: readonly Encoding[]): Encoding | undefined {
  const supports = preference.filter((encoding) => available.includes(encoding));
  if (supports.length === 0) return undefined;
  const chosen = accepts(c, { header: 'Accept-Encoding', supports: [...supports], default: IDENTITY, match: bestCoding });
  return chosen === IDENTITY ? undefined : (chosen as Encoding);
}

/**
 * If-None-Match uses the weak comparison (RFC 9110 §13.1.2): `W/` prefixes do not matter. Hono's etag middleware
 * hashes whole bodies it is given; the build's files carry their tags already, so the comparison is ours.
 */
export function etagMatches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === opaque(etag));
}
