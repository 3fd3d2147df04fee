/** Polite announcements for screen readers, through the one live region the layout renders. */
export const ANNOUNCER_ID = 'announcer';

export function announce(message: string): void {
  const region = document.getElementById(ANNOUNCER_ID);
  if (!region) return;
  // Emptying first makes a repeated message count as a change, so it is spoken again.
  region.textContent = '';
  setTimeout(() => (region.textContent = message), 100);
}
