import { zhHans, type Messages } from './zh-Hans.ts';

export type { Messages };
export type Locale = 'zh-Hans';

/** The interface text of the current locale. Only simplified Chinese for now; the shape is shared by all. */
export function useMessages(): Messages {
  return zhHans;
}
