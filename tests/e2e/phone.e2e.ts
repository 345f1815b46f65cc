/**
 * Phones: on #/draw at 375 px the answer stays on screen with the canvas while one draws; every
 * control on the main pages is a target of at least 44×44 px; and on a metered connection or with
 * the data saver on, #/train downloads no MNIST data until the learner taps, saying how much it is.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, test } from 'node:test';
import type { Page } from 'playwright-core';
import { closeBrowser, openPage } from './harness';

after(closeBrowser);

const PHONE = { width: 375, height: 740 };

/** Draws a 7 with the mouse (points in 0…1 of the canvas). */
async function drawSeven(page: Page): Promise<void> {
  const box = await page.getByTestId('draw-canvas').boundingBox();
  assert.ok(box, 'the canvas is on screen');
  const pts: [number, number][] = [[0.25, 0.2], [0.5, 0.2], [0.75, 0.2], [0.6, 0.5], [0.45, 0.85]];
  await page.mouse.move(box.x + pts[0][0] * box.width, box.y + pts[0][1] * box.height);
  await page.mouse.down();
  for (const [x, y] of pts.slice(1)) await page.mouse.move(box.x + x * box.width, box.y + y * box.height, { steps: 4 });
  await page.mouse.up();
}

test('draw at 375 px: the answer sits above the canvas, both on one screen, and agrees with the prediction; at 1280 px it is left to the panel', async () => {
  const s = await openPage('#/draw?lang=ko', { viewport: PHONE });
  try {
    const { page } = s;
    await page.getByTestId('draw-model-in-use').waitFor({ timeout: 60_000 });
    const canvas = page.getByTestId('draw-canvas');
    await canvas.scrollIntoViewIfNeeded();
    await drawSeven(page);
    await page.waitForFunction(() => document.querySelector('[data-testid="prediction"]')?.getAttribute('data-digit') != null);
    const digit = await page.getByTestId('prediction').getAttribute('data-digit');
    const live = page.getByTestId('live-answer');
    await live.waitFor();
    assert.equal((await live.locator('.draw-live-digit').textContent())?.trim(), digit);
    assert.match((await live.textContent()) ?? '', /확률 \d+(\.\d)?%/);
    const c = await canvas.boundingBox();
    const a = await live.boundingBox();
    assert.ok(c && a);
    // Where the canvas is drawn on, the answer is in view too: above it, within the screen's width.
    assert.ok(a.y + a.height <= c.y + 1, `the answer (bottom ${a.y + a.height}) is above the canvas (top ${c.y})`);
    assert.ok(c.y + c.height - a.y <= PHONE.height, `answer and canvas span ${c.y + c.height - a.y}px of a ${PHONE.height}px screen`);
    assert.ok(a.x >= 0 && a.x + a.width <= PHONE.width && c.x >= 0 && c.x + c.width <= PHONE.width);
    // The page does not scroll sideways.
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth));

    await page.setViewportSize({ width: 1280, height: 900 });
    await page.waitForFunction(() => {
      const el = document.querySelector('[data-testid="live-answer"]');
      return el !== null && getComputedStyle(el).display === 'none';
    });
    assert.deepEqual(s.errors, []);
  } finally {
    await s.close();
  }
});

test('375 px: every button, link outside running text, select, field and radio/checkbox label is at least 44×44 px', async () => {
  const s = await openPage('#/?lang=ko', { viewport: PHONE });
  try {
    const { page } = s;
    const small: string[] = [];
    let seen = 0;
    for (const hash of ['#/?lang=ko', '#/draw?lang=ko', '#/train?lang=ko', '#/compare?lang=en', '#/lesson/conv-walk?lang=ko', '#/lesson/relu?lang=en', '#/lesson/robustness?lang=ko', '#/lesson/nowhere?lang=ko', '#/nowhere?lang=en']) {
      await page.evaluate((h) => { location.hash = h; }, hash);
      await page.locator('main h1').first().waitFor();
      await page.waitForTimeout(300);
      const found = await page.evaluate(() => {
        const targets = new Set<Element>();
        for (const el of Array.from(document.querySelectorAll('button, a[href], select, summary, [role="tab"], input, textarea'))) {
          if (el.matches('input[type="radio"], input[type="checkbox"]')) {
            // The label around (or for) a radio or checkbox is what the finger taps.
            targets.add(el.closest('label') ?? (el.id ? document.querySelector(`label[for="${el.id}"]`) : null) ?? el);
          } else if (el.matches('a') && el.closest('p, li, td, figcaption, dd')) {
            // links inside running text are exempt (WCAG 2.5.5: inline)
          } else if (el.matches('.grid-input')) {
            // the editable cells of a matrix are sized by the grid's cell scale (42 px on a phone)
          } else {
            targets.add(el);
          }
        }
        const out: string[] = [];
        let n = 0;
        for (const el of targets) {
          const r = el.getBoundingClientRect();
          // Only what is on the page: not hidden, not parked off-screen (the skip link until focused).
          if (r.width === 0 || r.height === 0 || r.right < 0 || r.left > innerWidth || getComputedStyle(el).visibility === 'hidden') continue;
          n++;
          if (r.width < 44 - 0.5 || r.height < 44 - 0.5) {
            out.push(`${el.tagName.toLowerCase()}${el.getAttribute('data-testid') ? `[data-testid=${el.getAttribute('data-testid')}]` : ''} "${(el.textContent ?? '').trim().slice(0, 24)}" ${r.width.toFixed(1)}×${r.height.toFixed(1)}`);
          }
        }
        return { n, out };
      });
      seen += found.n;
      for (const o of found.out) small.push(`${hash}: ${o}`);
    }
    console.log(`  ${seen} targets measured on 9 pages at 375 px`);
    assert.ok(seen > 100, `only ${seen} targets found`);
    assert.deepEqual(small, []);
  } finally {
    await s.close();
  }
});

/** The MNIST files the manifest lists, and their total compressed size as the page prints it. */
function mnistFiles(): { names: string[]; size: string } {
  const manifest = JSON.parse(readFileSync(new URL('../../public/data/mnist/manifest.json', import.meta.url), 'utf8')) as { files: Record<string, { file: string; gzipBytes: number }> };
  const files = Object.values(manifest.files);
  const bytes = files.reduce((n, f) => n + f.gzipBytes, 0);
  return { names: files.map((f) => f.file), size: `${(bytes / 1e6).toFixed(1)} MB` };
}

/** Pretends the browser reports this connection (the Network Information API). */
function connection(info: { saveData: boolean; type: string }): string {
  return `Object.defineProperty(Navigator.prototype, 'connection', { configurable: true, get: () => (${JSON.stringify(info)}) });`;
}

test('data saver on: #/train says the size (≈ 11 MB) and downloads no MNIST file until the tap; then it loads', async () => {
  const { names, size } = mnistFiles();
  assert.match(size, /^1[01]\.\d MB$/);
  const s = await openPage('#/train?lang=en', { viewport: PHONE, init: connection({ saveData: true, type: 'wifi' }) });
  try {
    const { page } = s;
    const data = () => s.requests.filter((u) => names.some((n) => u.includes(n)));
    const consent = page.getByTestId('data-consent');
    await consent.waitFor();
    await consent.getByText(`The data saver is on: the MNIST data (${size}) is downloaded only when you tap.`).waitFor();
    assert.equal((await page.getByTestId('data-download').textContent())?.trim(), `Download the data (${size})`);
    // Time to start a download if the page were going to: none starts.
    await page.waitForTimeout(2000);
    assert.deepEqual(data(), []);
    assert.equal(await page.getByTestId('data-status').count(), 0);
    const button = await page.getByTestId('data-download').boundingBox();
    assert.ok(button && button.height >= 44, 'the download button is a 44 px target');

    await page.getByTestId('data-download').click();
    await page.locator('[data-testid="data-status"][data-state="done"]').waitFor({ timeout: 90_000 });
    assert.ok(data().length >= names.length, `the tap downloaded ${data().length} of ${names.length} files`);
    assert.equal(await page.getByTestId('data-consent').count(), 0);
    assert.deepEqual(s.errors, []);
    assert.deepEqual(s.external, []);
  } finally {
    await s.close();
  }
});

test('a mobile connection (Korean): the same wait, in Korean, with the size', async () => {
  const { names, size } = mnistFiles();
  const s = await openPage('#/train?lang=ko', { viewport: PHONE, init: connection({ saveData: false, type: 'cellular' }) });
  try {
    const { page } = s;
    const data = () => s.requests.filter((u) => names.some((n) => u.includes(n)));
    await page.getByTestId('data-consent').getByText(`모바일 데이터로 연결되어 있습니다. MNIST 데이터(${size})는 버튼을 눌러야 내려받습니다.`).waitFor();
    assert.equal((await page.getByTestId('data-download').textContent())?.trim(), `데이터 내려받기(${size})`);
    await page.waitForTimeout(1500);
    assert.deepEqual(data(), []);
    assert.deepEqual(s.errors, []);
  } finally {
    await s.close();
  }
});
