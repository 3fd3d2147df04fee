// @ts-check
/**
 * The console's only script (issue 14 points 1 and 6): runs axe-core on each draft preview the item page shows in a
 * same-origin frame (server/content/console/preview.tsx), with the tags the end-to-end tests use, and puts what it
 * found in the live region the frame names (`data-axe-result`): "no problems", or a GOV.UK-style summary with each
 * violation's help text and the element. axe is loaded into the frame itself, as a script of the site's own origin,
 * so the page checked is exactly the page served. Text is written as text, never as HTML.
 */
(() => {
  const script = /** @type {HTMLScriptElement} */ (document.currentScript);
  const axeHref = script.dataset.axe ?? '';
  const tags = (script.dataset.tags ?? '').split(' ');
  /** @type {Record<string, string>} */
  const text = JSON.parse(script.dataset.text ?? '{}');

  /** @param {string} tag @param {string} [content] @param {string} [className] */
  const element = (tag, content, className) => {
    const node = document.createElement(tag);
    if (content !== undefined) node.textContent = content;
    if (className) node.className = className;
    return node;
  };

  /** @param {HTMLElement} region @param {Node[]} nodes */
  const say = (region, nodes) => region.replaceChildren(...nodes);

  /** @param {HTMLIFrameElement} frame @param {HTMLElement} region */
  async function check(frame, region) {
    try {
      // Not the page (`#app` is the site's frame) but the console saying what the draft still lacks: nothing to check.
      if (!frame.contentDocument?.getElementById('app')) return say(region, [element('p', text.unfinished)]);
      say(region, [element('p', text.checking)]);
      const inner = /** @type {Window & {axe?: any}} */ (frame.contentWindow);
      const doc = /** @type {Document} */ (frame.contentDocument);
      if (!inner.axe) {
        await new Promise((resolve, reject) => {
          const loader = doc.createElement('script');
          loader.src = axeHref;
          loader.onload = resolve;
          loader.onerror = reject;
          doc.head.append(loader);
        });
      }
      const results = await inner.axe.run(doc, { runOnly: { type: 'tag', values: tags } });
      /** @type {{ help: string, id: string, nodes: { html: string, target: string[] }[] }[]} */
      const violations = results.violations;
      if (violations.length === 0) return say(region, [element('p', text.passed, 'preview-result__passed')]);
      const summary = element('div', undefined, 'error-summary');
      const list = element('ul', undefined, 'error-summary__list');
      for (const violation of violations) {
        for (const node of violation.nodes) {
          const item = element('li', `${violation.help} (${violation.id})`);
          item.append(element('br'), text.element, element('code', node.html.length > 300 ? `${node.html.slice(0, 300)}…` : node.html));
          list.append(item);
        }
      }
      const count = violations.reduce((sum, violation) => sum + violation.nodes.length, 0);
      summary.append(element('h4', text.failedTitle.replace('{n}', String(count)), 'error-summary__title'), element('p', text.failed), list);
      say(region, [summary]);
    } catch {
      say(region, [element('p', text.broken)]);
    }
  }

  for (const frame of /** @type {NodeListOf<HTMLIFrameElement>} */ (document.querySelectorAll('iframe[data-axe-result]'))) {
    const region = document.getElementById(frame.dataset.axeResult ?? '');
    if (!region) continue;
    const loaded = () => {
      const doc = frame.contentDocument;
      return doc && doc.readyState === 'complete' && doc.location.href !== 'about:blank';
    };
    // The frame may have loaded before this script ran; otherwise check it when it does (and again if staff follow a link in it).
    if (loaded()) void check(frame, region);
    frame.addEventListener('load', () => void check(frame, region));
  }
})();
