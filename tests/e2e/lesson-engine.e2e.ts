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

test('lesson keys work from the first second: → five times right after load reaches 6 / 9, and again after moving to another lesson; a focused select keeps its keys', async () => {
  const s = await openPage('#/lesson/conv-walk?lang=en');
  try {
    const { page } = s;
    await page.getByTestId('step-index').waitFor();
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
    assert.equal(await page.getByTestId('step-index').textContent(), '6 / 9');
    await page.keyboard.press('PageUp');
    assert.equal(await page.getByTestId('step-index').textContent(), '5 / 9');

    // A focused select keeps its keys: F and ? are its type-ahead, not presentation mode or the key list.
    await page.getByTestId('stride').focus();
    await page.keyboard.press('f');
    await page.keyboard.press('?');
    assert.equal(await page.evaluate(() => document.documentElement.classList.contains('present')), false);
    assert.equal(await page.getByRole('dialog').count(), 0);
    assert.equal(await page.getByTestId('step-index').textContent(), '5 / 9');

    // Another lesson, opened by a link: its keys work at once too.
    await page.evaluate(() => { location.hash = '#/lesson/donut?lang=en'; });
    await page.locator('[data-lesson="donut"] [data-testid="step-index"]').waitFor();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    assert.match((await page.getByTestId('step-index').textContent()) ?? '', /^3 \//);
    assert.deepEqual(s.errors, []);
  } finally {
    await s.close();
  }
});

test('an embedded lesson (embed=1) leaves the keys to the slide around it until it has focus', async () => {
  const s = await openPage('#/lesson/conv-walk?lang=en');
  try {
    const { page } = s;
    const src = new URL('#/lesson/conv-walk?lang=en&embed=1', page.url()).toString();
    await page.setContent(`<button id="deck">slide</button><iframe title="lesson" src="${src}" width="1000" height="700"></iframe>`);
    const frame = page.frameLocator('iframe');
    await frame.getByTestId('step-index').waitFor();
    await page.locator('#deck').focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    assert.equal(await frame.getByTestId('step-index').textContent(), '1 / 9');
    await frame.getByTestId('lesson').focus();
    await page.keyboard.press('ArrowRight');
    assert.equal(await frame.getByTestId('step-index').textContent(), '2 / 9');
  } finally {
    await s.close();
  }
});
