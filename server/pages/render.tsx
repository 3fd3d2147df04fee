import type { ComponentChildren } from 'preact';
import { render } from 'preact-render-to-string';
import { MessagesContext } from '../../src/i18n/index.ts';
import { zhHans } from '../../src/i18n/zh-Hans.ts';

/**
 * Server-rendered pages outside the app's languages (the staff console, published annual reports) are in
 * simplified Chinese: the citizen components they share read their text from it.
 */
export function renderInChinese(node: ComponentChildren): string {
  return render(<MessagesContext.Provider value={zhHans}>{node}</MessagesContext.Provider>);
}
