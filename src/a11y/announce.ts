/** Polite announcements for screen readers, through the one live region the layout renders. */
export const ANNOUNCER_ID = 'announcer';

/** Long enough to be read out; then the line goes, so the region never grows into a wall of old news. */
const KEEP_MS = 10_000;

/**
 * Each message is added as a line of its own, so two in quick succession ("已打开：搜索", then "找到 3 条结果")
 * are both spoken instead of the second replacing the first.
 */
export function announce(message: string): void {
  const region = document.getElementById(ANNOUNCER_ID);
  if (!region) return;
  const line = document.createElement('p');
  line.textContent = message;
  // Added a moment later, so a region that was just rendered is already being watched by screen readers.
  setTimeout(() => {
    region.append(line);
    setTimeout(() => line.remove(), KEEP_MS);
  }, 100);
}
