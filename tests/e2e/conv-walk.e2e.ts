import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { closeBrowser, openPage, readGrid } from './harness';

after(closeBrowser);

const stepIndex = (s: Awaited<ReturnType<typeof openPage>>) => s.page.getByTestId('step-index').textContent();

test('conv-walk by link at ?step=4: 5 / 9; keyboard only to the end; output 4 3 4 / 2 4 3 / 2 3 4; a control updates the link', async () => {
  const s = await openPage('#/lesson/conv-walk?step=4&lang=en');
  try {
    const { page } = s;
    await page.getByTestId('step-index').waitFor();
    assert.equal(await stepIndex(s), '5 / 9');
    // window of step 5 is output (1,1): 4
    assert.equal(await page.getByTestId('sum').getAttribute('data-value'), '4');

    // keyboard only: Tab into the lesson, then End / Home / Right
    for (let i = 0; i < 20; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.getAttribute('data-testid') === 'lesson')) break;
    }
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-testid')), 'lesson');
    await page.keyboard.press('End');
    assert.equal(await stepIndex(s), '9 / 9');
    await page.keyboard.press('Home');
    assert.equal(await stepIndex(s), '1 / 9');
    for (let i = 0; i < 8; i++) await page.keyboard.press('ArrowRight');
    assert.equal(await stepIndex(s), '9 / 9');
    assert.match(page.url(), /step=8/);
    assert.deepEqual(await readGrid(page, 'output'), [
      [4, 3, 4],
      [2, 4, 3],
      [2, 3, 4],
    ]);
    await page.keyboard.press('ArrowLeft');
    assert.equal(await stepIndex(s), '8 / 9');
    // the last cell is not computed yet at step 8: no data-value
    assert.equal(await page.locator('[data-testid="grid-output"] [data-row="2"][data-col="2"]').getAttribute('data-value'), null);

    // a control: stride 2 → the link and the output follow
    await page.getByTestId('stride').selectOption('2');
    await page.waitForFunction(() => location.hash.includes('stride=2'));
    assert.equal(await stepIndex(s), '1 / 4');
    await page.getByTestId('step-last').click();
    assert.deepEqual(await readGrid(page, 'output'), [
      [4, 4],
      [2, 4],
    ]);
    // padding 1 via the section tabs: 7×7 padded grid, 5×5 output (L10)
    await page.getByTestId('section-padding').click();
    await page.waitForFunction(() => location.hash.includes('padding=1') && !location.hash.includes('stride='));
    await page.getByTestId('step-last').click();
    assert.deepEqual(await readGrid(page, 'output'), [
      [2, 2, 3, 1, 1],
      [1, 4, 3, 4, 1],
      [1, 2, 4, 3, 3],
      [1, 2, 3, 4, 1],
      [0, 2, 2, 1, 1],
    ]);
    assert.equal((await readGrid(page, 'padded')).length, 7);
    assert.deepEqual(s.errors, []);
  } finally {
    await s.close();
  }
});

test('conv-walk: the slide variant B gives 4 at (1, 2); a kernel cell typed as "abc" shows an alert and keeps its value', async () => {
  const s = await openPage('#/lesson/conv-walk?lang=en');
  try {
    const { page } = s;
    await page.getByTestId('variant-b').click();
    await page.waitForFunction(() => location.hash.includes('input=1,1,1,0,0'));
    await page.getByTestId('step-last').click();
    assert.deepEqual(await readGrid(page, 'output'), [
      [4, 3, 4],
      [2, 4, 4],
      [2, 3, 4],
    ]);
    // hovering output (1,2) pins its window and shows its arithmetic: 4
    await page.locator('[data-testid="grid-output"] [data-row="1"][data-col="2"]').hover();
    assert.equal(await page.getByTestId('sum').getAttribute('data-value'), '4');

    const input = page.locator('[data-testid="grid-kernel"] [data-row="0"][data-col="1"] input');
    await input.fill('abc');
    const alert = page.locator('[data-testid="grid-kernel"] ~ [role="alert"]');
    await alert.waitFor();
    assert.match((await alert.textContent()) ?? '', /abc/);
    assert.equal(await page.locator('[data-testid="grid-kernel"] [data-row="0"][data-col="1"]').getAttribute('data-value'), '0');
    await input.fill('2');
    await page.waitForFunction(() => location.hash.includes('kernel=1,2,1'));
    // toggling an image cell changes the link too
    await page.getByTestId('variant-a').click();
    await page.locator('[data-testid="grid-input"] [data-row="0"][data-col="4"]').click();
    await page.waitForFunction(() => location.hash.includes('input=1,1,1,0,1'));
    assert.deepEqual(s.errors, []);
  } finally {
    await s.close();
  }
});

test('conv-walk: malformed ?step= and ?kernel= are named in an alert and fall back', async () => {
  const s = await openPage('#/lesson/conv-walk?lang=en&step=abc&kernel=1,0;1');
  try {
    const { page } = s;
    await page.getByTestId('ignored-step').waitFor();
    assert.match((await page.getByTestId('ignored-step').textContent()) ?? '', /step=abc/);
    assert.match((await page.getByTestId('ignored-kernel').textContent()) ?? '', /kernel=1,0;1/);
    assert.equal(await stepIndex(s), '1 / 9');
    assert.deepEqual(await readGrid(page, 'kernel'), [[1, 0, 1], [0, 1, 0], [1, 0, 1]]);
    await page.goto(page.url().replace('step=abc', 'step=999'));
    await page.getByText(/step=999/).waitFor();
    assert.equal(await stepIndex(s), '9 / 9');
  } finally {
    await s.close();
  }
});

test('lesson engine: opened from the home page; an embedding page drives it with postMessage and hears its steps', async () => {
  const s = await openPage('#/?lang=en');
  try {
    const { page } = s;
    await page.locator('[data-lesson="conv-walk"] a').click();
    await page.getByTestId('step-index').waitFor();
    assert.match(page.url(), /#\/lesson\/conv-walk/);
    await page.goto(page.url().replace(/#.*/, '#/?lang=en'));
    await page.evaluate(() => {
      const w = window as unknown as { heard: unknown[] };
      w.heard = [];
      window.addEventListener('message', (e) => w.heard.push(e.data));
      const f = document.createElement('iframe');
      f.id = 'embedded';
      f.src = `${location.pathname}#/lesson/conv-walk?embed=1&lang=en`;
      f.style.width = '900px';
      f.style.height = '700px';
      document.body.append(f);
    });
    const frame = page.frameLocator('#embedded');
    await frame.getByTestId('step-index').waitFor();
    await page.evaluate(() => (document.getElementById('embedded') as HTMLIFrameElement).contentWindow!.postMessage({ type: 'cnn-classroom', action: 'step', step: 3 }, '*'));
    await frame.getByText('4 / 9').waitFor();
    await page.evaluate(() => (document.getElementById('embedded') as HTMLIFrameElement).contentWindow!.postMessage({ type: 'cnn-classroom', action: 'next' }, '*'));
    await frame.getByText('5 / 9').waitFor();
    const heard = await page.evaluate(() => (window as unknown as { heard: { event?: string; step?: number; steps?: number; lesson?: string }[] }).heard);
    const last = heard.filter((m) => m.event === 'step').at(-1);
    assert.deepEqual(last, { type: 'cnn-classroom', event: 'step', lesson: 'conv-walk', step: 4, steps: 9 });
    assert.equal(await frame.locator('.app-header').count(), 0);
    assert.deepEqual(s.errors, []);
  } finally {
    await s.close();
  }
});
