/**
 * What each mode loads when it is turned on. The code on every page names only this small file (src/modes/use-mode.ts
 * imports it when a mode is first on), so it costs every page one short import, whatever the modes load.
 */
export const modes = {
  /** The pinyin of a content item (`guides/bus-pass`), in the page's language. */
  pinyin: (source?: string) => import('./pinyin/load.ts').then((m) => m.loadPinyin(source)),
  /** The read-aloud player, with its text in the page's language. */
  'read-aloud': () => import('./read-aloud/Player.tsx').then((m) => m.loadPlayer()),
};
