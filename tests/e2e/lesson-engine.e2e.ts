import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { closeBrowser, openPage } from './harness';

after(closeBrowser);

test('lesson engine: an unknown lesson id says so and links home', async () => {
  const s = await openPage('#/lesson/no-such-lesson?lang=en');
  try {
    const msg = s.page.getByTestId('lesson-not-found');
    await msg.waitFor();
    assert.match((await msg.textContent()) ?? '', /no-such-lesson/);
    await msg.getByRole('link').click();
    await s.page.getByTestId('lesson-list').first().waitFor();
    assert.deepEqual(s.errors, []);
  } finally {
    await s.close();
  }
});

test('lesson engine keys: + speeds up, Space plays to the last step and stops; ? opens the key list, Escape closes it; F presents', async () => {
  const s = await openPage('#/lesson/conv-walk?lang=en');
  try {
    const { page } = s;
    await page.getByTestId('lesson').focus();
    await page.keyboard.press('+');
    await page.keyboard.press('+');
    assert.equal(await page.getByTestId('step-speed').inputValue(), '4');
    await page.keyboard.press(' ');
    assert.equal(await page.getByTestId('step-play').getAttribute('aria-pressed'), 'true');
    await page.waitForFunction(() => document.querySelector('[data-testid="step-index"]')?.textContent === '9 / 9', null, { timeout: 10_000 });
    await page.waitForFunction(() => document.querySelector('[data-testid="step-play"]')?.getAttribute('aria-pressed') === 'false');
    await page.waitForTimeout(600);
    assert.equal(await page.getByTestId('step-index').textContent(), '9 / 9');

    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-testid')), 'lesson');

    await page.keyboard.press('f');
    await page.waitForFunction(() => document.documentElement.classList.contains('present'));
    assert.match(page.url(), /present=1/);
    await page.keyboard.press('f');
    await page.waitForFunction(() => !document.documentElement.classList.contains('present'));
    assert.deepEqual(s.errors, []);
  } finally {
    await s.close();
  }
});

test('lesson engine: the kernel window slides with a transition, and jumps under prefers-reduced-motion', async () => {
  const s = await openPage('#/lesson/conv-walk?lang=en');
  try {
    const { page } = s;
    const duration = () => page.locator('.kernel-overlay').evaluate((el) => getComputedStyle(el).transitionDuration);
    assert.notEqual(await duration(), '0s');
    await page.emulateMedia({ reducedMotion: 'reduce' });
    assert.equal(await duration(), '0s');
  } finally {
    await s.close();
  }
});
