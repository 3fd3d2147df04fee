/**
 * China dates: the calendar date in Asia/Shanghai, the one the regulation's periods are counted in (a request
 * received at 00:30 in Beijing is received that day, whatever the zone of the phone, the browser or the server).
 * The one implementation for the browser and the server: every date shown to a person goes through here.
 */

const chinaDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' });

/** An instant as a Date, ISO 8601 text (`2026-03-04T16:30:00.000Z`) or epoch milliseconds. */
export type Instant = Date | string | number;

const asDate = (instant: Instant) => (instant instanceof Date ? instant : new Date(instant));

/**
 * The date in China at an instant, YYYY-MM-DD (`2026-03-04T16:30:00Z` → `2026-03-05`). Throws RangeError for an
 * instant that is not a time (an unreadable text), rather than show a wrong date.
 */
export function chinaDate(instant: Instant): string {
  return chinaDay.format(asDate(instant));
}

/**
 * The date and time in China at an instant, written the way `lang` (a BCP 47 tag) writes them, to the minute;
 * `dateStyle` as Intl.DateTimeFormat's (`medium`: 2026年3月5日, Mar 5, 2026; `long`: March 5, 2026).
 */
export function chinaDateTime(instant: Instant, lang: string, dateStyle: 'medium' | 'long' = 'medium'): string {
  return new Intl.DateTimeFormat(lang, { timeZone: 'Asia/Shanghai', dateStyle, timeStyle: 'short' }).format(asDate(instant));
}
