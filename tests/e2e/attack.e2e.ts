import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import type { Page } from 'playwright-core';
import { closeBrowser, openPage, readGrid } from './harness';

after(closeBrowser);

type Pt = [number, number];

async function draw(page: Page, strokes: Pt[][]): Promise<void> {
  await page.getByTestId('draw-canvas').scrollIntoViewIfNeeded();
  const box = await page.getByTestId('draw-canvas').boundingBox();
  assert.ok(box, 'the canvas is on screen');
  const at = ([x, y]: Pt): Pt => [box.x + x * box.width, box.y + y * box.height];
  for (const s of strokes) {
    await page.mouse.move(...at(s[0]));
    await page.mouse.down();
    for (const p of s.slice(1)) await page.mouse.move(...at(p), { steps: 4 });
    await page.mouse.up();
  }
}

const SEVEN: Pt[][] = [[[0.25, 0.2], [0.5, 0.2], [0.75, 0.2], [0.6, 0.5], [0.45, 0.85]]];

async function alertText(page: Page, near: string): Promise<string> {
  const el = page.locator(`.attack-field:has([data-testid="${near}"]) [role="alert"]`);
  await el.waitFor();
  return el.innerText();
}

test('the attack flips a drawn 7 with attack-linf ≤ 0.3; the changed input stays within ε of the original', async () => {
  const s = await openPage('#/draw?lang=en');
  try {
    await s.page.getByTestId('draw-model-in-use').waitFor({ timeout: 60_000 });
    // blank canvas: a message, nothing else
    await s.page.getByTestId('attack-run').click();
    assert.match(await alertText(s.page, 'attack-run'), /Draw a digit first/);
    assert.equal(await s.page.getByTestId('attack-prediction').count(), 0);

    await draw(s.page, SEVEN);
    await s.page.waitForFunction(() => document.querySelector('[data-testid="prediction"]')?.getAttribute('data-digit') === '7');

    // ε out of range (typed): refused, the slider keeps its value
    const before = await s.page.getByTestId('attack-epsilon').getAttribute('data-value');
    await s.page.getByTestId('attack-epsilon-text').fill('2');
    assert.match(await alertText(s.page, 'attack-epsilon'), /between 0.01 and 0.5/);
    assert.equal(await s.page.getByTestId('attack-epsilon').getAttribute('data-value'), before);
    // a target equal to the current answer: refused
    await s.page.getByTestId('attack-target').selectOption('7');
    assert.match(await alertText(s.page, 'attack-target'), /already reads 7/);
    assert.equal(await s.page.getByTestId('attack-target').inputValue(), 'any');

    await s.page.getByTestId('attack-epsilon').fill('0.3');
    assert.equal(await s.page.getByTestId('attack-epsilon').getAttribute('data-value'), '0.3');
    await s.page.getByTestId('attack-method-iterative').check();
    await s.page.getByTestId('attack-run').click();
    const pred = s.page.getByTestId('attack-prediction');
    await pred.waitFor({ timeout: 60_000 });
    assert.equal(await pred.getAttribute('data-success'), 'true');
    assert.notEqual(await pred.getAttribute('data-digit'), '7');
    const linf = Number(await s.page.getByTestId('attack-linf').getAttribute('data-value'));
    const eps = Number(await s.page.getByTestId('attack-linf').getAttribute('data-epsilon'));
    assert.ok(linf > 0 && linf <= 0.3, `attack-linf ${linf}`);
    assert.ok(eps <= 0.3 + 1e-9, `ε found ${eps}`);

    const original = (await readGrid(s.page, 'model-input')).flat();
    const changed = (await readGrid(s.page, 'attack-input')).flat();
    const perturbation = (await readGrid(s.page, 'attack-perturbation')).flat();
    assert.equal(changed.length, 784);
    let largest = 0;
    for (let i = 0; i < 784; i++) {
      largest = Math.max(largest, Math.abs(changed[i] - original[i]));
      assert.ok(changed[i] >= 0 && changed[i] <= 1);
      assert.ok(Math.abs(changed[i] - original[i] - perturbation[i]) < 1e-5);
    }
    assert.ok(largest <= eps + 1e-5, `largest pixel change ${largest} > ε ${eps}`);
    assert.ok(Math.abs(largest - linf) < 1e-5, 'attack-linf is the largest pixel change');
    const layers = await s.page.locator('[data-testid^="attack-layer-"]').count();
    assert.ok(layers >= 5, 'a bar per layer');
    assert.ok(((await s.page.getByTestId('attack-words').innerText()) ?? '').length > 40);
    const probs = await Promise.all([0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map(async (k) => Number(await s.page.getByTestId(`attack-prob-${k}`).getAttribute('data-value'))));
    assert.ok(Math.abs(probs.reduce((a, b) => a + b, 0) - 1) < 1e-4);
    assert.deepEqual(s.errors, []);
    assert.deepEqual(s.external, []);
  } finally {
    await s.close();
  }
});

const hashParams = (url: string) => new URLSearchParams(new URL(url).hash.split('?')[1] ?? '');

test('a prepared attack from the link: test digit 0 turned into a 3 by itself; the settings stay in the link', async () => {
  const s = await openPage('#/draw?test=0&method=iterative&target=3&eps=0.4&attack=1&lang=en');
  try {
    const pred = s.page.getByTestId('attack-prediction');
    await pred.waitFor({ timeout: 90_000 });
    assert.equal(await s.page.getByTestId('prediction').getAttribute('data-digit'), '7');
    assert.equal(await pred.getAttribute('data-digit'), '3');
    assert.equal(await pred.getAttribute('data-success'), 'true');
    assert.equal(await s.page.getByTestId('attack-method-iterative').isChecked(), true);
    assert.equal(await s.page.getByTestId('attack-target').inputValue(), '3');
    assert.equal(await s.page.getByTestId('attack-epsilon').getAttribute('data-value'), '0.4');
    assert.ok(Number(await s.page.getByTestId('attack-linf').getAttribute('data-value')) <= 0.4 + 1e-6);
    assert.equal(await s.page.locator('.attack-panel [role="alert"]').count(), 0);
    const p = hashParams(s.page.url());
    assert.deepEqual([p.get('test'), p.get('method'), p.get('target'), p.get('eps'), p.get('attack')], ['0', 'iterative', '3', '0.4', '1']);
    // a change is written back into the link; a default leaves it
    await s.page.getByTestId('attack-method-fgsm').check();
    await s.page.getByTestId('attack-target').selectOption('any');
    await s.page.waitForFunction(() => !location.hash.includes('target='));
    const q = hashParams(s.page.url());
    assert.equal(q.get('method'), 'fgsm');
    assert.equal(q.get('eps'), '0.4');
    assert.deepEqual(s.errors, []);
  } finally {
    await s.close();
  }
});

test('malformed attack values in the link: each named next to its control, the defaults used, no attack by itself', async () => {
  const s = await openPage('#/draw?test=0&method=gradient&target=12&eps=2&attack=yes&lang=en');
  try {
    await s.page.waitForFunction(() => document.querySelector('[data-testid="prediction"]')?.getAttribute('data-digit') === '7', undefined, { timeout: 90_000 });
    const near = (control: string, key: string) => s.page.locator(`.attack-panel :is(.attack-field, .attack-method):has([data-testid="${control}"]) [data-testid="attack-link-problem-${key}"][role="alert"]`);
    assert.match(await near('attack-method-fgsm', 'method').innerText(), /method=gradient/);
    assert.match(await near('attack-target', 'target').innerText(), /target=12/);
    assert.match(await near('attack-epsilon', 'eps').innerText(), /eps=2 .*0\.01.*0\.5/);
    assert.match(await near('attack-run', 'attack').innerText(), /attack=yes/);
    assert.equal(await s.page.getByTestId('attack-method-iterative').isChecked(), true);
    assert.equal(await s.page.getByTestId('attack-target').inputValue(), 'any');
    assert.equal(await s.page.getByTestId('attack-epsilon').getAttribute('data-value'), '0.25');
    // the drawing from the same link is untouched, and nothing ran by itself
    assert.equal(await s.page.getByTestId('link-problem-test').count(), 0);
    await s.page.waitForTimeout(1000);
    assert.equal(await s.page.getByTestId('attack-prediction').count(), 0);
    // changing ε replaces the malformed value in the link; its message goes, the others stay
    await s.page.getByTestId('attack-epsilon').fill('0.3');
    await s.page.waitForFunction(() => location.hash.includes('eps=0.3'));
    assert.equal(await s.page.getByTestId('attack-link-problem-eps').count(), 0);
    assert.equal(await s.page.getByTestId('attack-link-problem-method').count(), 1);
    assert.equal(hashParams(s.page.url()).get('method'), 'gradient');
    // and the attack runs with the button
    await s.page.getByTestId('attack-run').click();
    await s.page.getByTestId('attack-prediction').waitFor({ timeout: 60_000 });
    assert.ok(Number(await s.page.getByTestId('attack-linf').getAttribute('data-value')) <= 0.3 + 1e-6);
    assert.deepEqual(s.errors, []);
  } finally {
    await s.close();
  }
});

test('a canvas painted over (a block, not a digit) is refused with a message next to the button; nothing else changes', async () => {
  const s = await openPage('#/draw?lang=en');
  try {
    await s.page.getByTestId('draw-model-in-use').waitFor({ timeout: 60_000 });
    await s.page.getByTestId('draw-brush').fill('40');
    const rows: Pt[][] = Array.from({ length: 12 }, (_, i) => [[0.02, 0.04 + i * 0.085], [0.98, 0.04 + i * 0.085]]);
    await draw(s.page, rows);
    await s.page.waitForFunction(() => document.querySelector('[data-testid="prediction"]')?.getAttribute('data-digit') !== null);
    const eps = await s.page.getByTestId('attack-epsilon').getAttribute('data-value');
    await s.page.getByTestId('attack-run').click();
    assert.match(await alertText(s.page, 'attack-run'), /painted over/);
    assert.equal(await s.page.getByTestId('attack-prediction').count(), 0);
    assert.equal(await s.page.getByTestId('attack-epsilon').getAttribute('data-value'), eps);
    assert.deepEqual(s.errors, []);
  } finally {
    await s.close();
  }
});
