import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { closeBrowser, openPage } from './harness';

after(closeBrowser);

test('after one visit the app works with no network (service worker precache)', async () => {
  const s = await openPage('#/?lang=en', { serviceWorkers: 'allow' });
  try {
    await s.page.getByTestId('lesson-list').first().waitFor();
    // Wait until the service worker has installed its precache and controls the page.
    await s.page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise<void>((resolve) => navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), { once: true }));
      }
    });
    await s.context.setOffline(true);
    await s.page.reload();
    await s.page.getByTestId('lesson-list').first().waitFor();
    // A lazily loaded lesson chunk comes from the cache too.
    const first = s.page.locator('[data-testid="lesson-list"] [data-lesson] a').first();
    await first.click();
    await s.page.getByTestId('step-index').first().waitFor({ timeout: 15_000 });
    assert.deepEqual(s.errors.filter((e) => !/ERR_INTERNET_DISCONNECTED/.test(e)), []);
  } finally {
    await s.context.setOffline(false);
    await s.close();
  }
});
