import { useModeModule } from '../app/mode.ts';
import type { PinyinItem } from './load.ts';

/**
 * A content item's title and body with pinyin over the characters, while pinyin mode is on and once its chunk
 * has arrived; undefined otherwise, and the page shows its plain text. `source` names the item
 * (`guides/bus-pass`). Nothing of pinyin is downloaded until the mode is on.
 */
export function usePinyin(source = ''): PinyinItem | undefined {
  return useModeModule('pinyin', () => (source ? import('./load.ts').then((m) => m.loadPinyin(source)) : Promise.resolve(undefined)), source);
}
