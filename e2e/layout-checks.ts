import type { Page } from '@playwright/test';

/** WCAG 1.4.12: what a person's own style sheet may set, and the page must take without losing anything. */
export const TEXT_SPACING_CSS = `
  * { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
  p { margin-bottom: 2em !important; }
`;

/** Applied through the CSS object model: the Content-Security-Policy (rightly) refuses an injected <style>. */
export function applyTextSpacing(page: Page): Promise<void> {
  return page.evaluate((css) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }, TEXT_SPACING_CSS);
}

/**
 * Text cut off by a box that hides its overflow, and boxes laid over their neighbours. Boxes only: inline text
 * (pinyin's ruby included) wraps across lines, so its rectangles cannot be compared.
 */
export function clippedOrOverlapping(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const describe = (el: Element) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${[...el.classList].join('.')}` : ''} "${(el.textContent ?? '').trim().slice(0, 30)}"`;
    const shown = (el: Element) => {
      const style = getComputedStyle(el);
      const box = el.getBoundingClientRect();
      return style.display !== 'none' && style.visibility !== 'hidden' && box.width > 1 && box.height > 1;
    };
    const elements = [...document.body.querySelectorAll('*')].filter(shown);
    const problems: string[] = [];

    for (const el of elements) {
      const style = getComputedStyle(el);
      const hides = (value: string) => value === 'hidden' || value === 'clip';
      if ((hides(style.overflowX) && el.scrollWidth > el.clientWidth + 1) || (hides(style.overflowY) && el.scrollHeight > el.clientHeight + 1)) {
        problems.push(`clipped: ${describe(el)}`);
      }
    }

    for (const parent of elements) {
      const boxes = [...parent.children]
        .filter((child) => {
          const style = getComputedStyle(child);
          return shown(child) && !['inline', 'contents', 'ruby', 'ruby-text'].includes(style.display) && !['absolute', 'fixed'].includes(style.position);
        })
        .map((child) => ({ child, box: child.getBoundingClientRect() }));
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i]!.box;
          const b = boxes[j]!.box;
          const overlapX = Math.min(a.right, b.right) - Math.max(a.left, b.left);
          const overlapY = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
          if (overlapX > 1 && overlapY > 1) problems.push(`overlap: ${describe(boxes[i]!.child)} and ${describe(boxes[j]!.child)}`);
        }
      }
    }
    return problems;
  });
}

/** Elder mode: every control a finger aims at, and the label of each radio and checkbox, at least `min` px each way. */
export function smallTargets(page: Page, min: number): Promise<string[]> {
  return page.evaluate((min) => {
    const labelsOfChoices = [...document.querySelectorAll('label')].filter((label) => {
      const control = label.control;
      return control instanceof HTMLInputElement && (control.type === 'radio' || control.type === 'checkbox');
    });
    const controls = [...document.querySelectorAll('a[href], button, input:not([type="hidden"]), select, textarea, summary'), ...labelsOfChoices];
    return controls
      .filter((el) => {
        const style = getComputedStyle(el);
        const box = el.getBoundingClientRect();
        // Visually hidden (1 px) and undisplayed elements are not targets until they show.
        return style.display !== 'none' && style.visibility !== 'hidden' && box.width > 1 && box.height > 1;
      })
      .filter((el) => { const box = el.getBoundingClientRect(); return box.width < min - 0.5 || box.height < min - 0.5; })
      .map((el) => { const box = el.getBoundingClientRect(); return `${el.outerHTML.slice(0, 80)} ${Math.round(box.width)}×${Math.round(box.height)}`; });
  }, min);
}

/** Elder mode: text under `min` px (18 pt is 24 px), for every element with text of its own. Pinyin's <rt> is exempt. */
export function smallText(page: Page, min: number): Promise<string[]> {
  return page.evaluate((min) => {
    return [...document.body.querySelectorAll('*')]
      .filter((el) => [...el.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim()))
      .filter((el) => !el.closest('rt') && el.getBoundingClientRect().width > 1 && getComputedStyle(el).display !== 'none')
      .filter((el) => parseFloat(getComputedStyle(el).fontSize) < min - 0.1)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className} "${el.textContent!.trim().slice(0, 20)}" ${getComputedStyle(el).fontSize}`);
  }, min);
}
