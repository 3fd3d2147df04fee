/**
 * The axe-core rule tags the site is held to: WCAG 2.0, 2.1 and 2.2 at levels A and AA, and axe's best practices.
 * One list for the end-to-end tests (e2e/site.ts) and the staff console's check of a draft's preview
 * (server/content/console/preview.tsx), so a draft the console passes is one the tests would pass (issue 14 point 6).
 */
export const AXE_TAGS: string[] = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
