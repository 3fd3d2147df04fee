import { expect, test } from '@playwright/test';
import { waitForApp } from './site.ts';

test.describe('with no service worker', () => {
  // A worker holding the code answers it itself, past page.route(): this is the phone whose worker has not
  // installed yet or that has none.
  test.use({ serviceWorkers: 'block' });

  test('when a page’s code cannot be fetched, the link still opens the page, as a page load', async ({ page }) => {
    await page.goto('/');
    await waitForApp(page);
    // As after a new deployment (old chunk names gone) or a dropped connection: every script now fails.
    await page.route('**/assets/*.js', (route) => route.abort());
    const documents: string[] = [];
    page.on('request', (request) => { if (request.resourceType() === 'document') documents.push(new URL(request.url()).pathname); });

    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '办事指南' }).click();
    await expect(page.locator('h1')).toHaveText('办事指南');
    await expect(page.getByRole('link', { name: '残疾人证新办' })).toBeVisible();
    // One page load of the new address, and no reload loop while its scripts keep failing: wait until the page has
    // loaded (every script tried and failed) and the network has gone quiet, so a reload would have asked for a document.
    await page.waitForLoadState('load');
    await page.waitForLoadState('networkidle');
    expect(documents).toEqual(['/guides/']);
  });
});
