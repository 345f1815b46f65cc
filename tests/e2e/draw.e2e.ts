import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import type { Page } from 'playwright-core';
import { closeBrowser, openPage, readGrid } from './harness';

after(closeBrowser);

type Pt = [number, number];

/** Draws strokes (points in 0…1 of the canvas) with the mouse, like a person. */
async function draw(page: Page, strokes: Pt[][]): Promise<void> {
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

function ellipse(cx: number, cy: number, rx: number, ry: number, n = 28): Pt[] {
  return Array.from({ length: n + 1 }, (_, i) => [cx + rx * Math.sin((2 * Math.PI * i) / n), cy - ry * Math.cos((2 * Math.PI * i) / n)] as Pt);
}

const DIGITS: { name: string; digit: number; strokes: Pt[][] }[] = [
  { name: 'a 0', digit: 0, strokes: [ellipse(0.5, 0.5, 0.22, 0.33)] },
  { name: 'a 1', digit: 1, strokes: [[[0.52, 0.15], [0.5, 0.5], [0.48, 0.85]]] },
  { name: 'a 7', digit: 7, strokes: [[[0.25, 0.2], [0.5, 0.2], [0.75, 0.2], [0.6, 0.5], [0.45, 0.85]]] },
  { name: 'a small 1 in a corner', digit: 1, strokes: [[[0.13, 0.06], [0.12, 0.15], [0.11, 0.24]]] },
  // Tiny digits with the default thick pen (a blot unless the model sees the pen in proportion to the digit).
  { name: 'a tiny 4', digit: 4, strokes: [[[0.821, 0.8], [0.8035, 0.86], [0.863, 0.86]], [[0.8455, 0.82], [0.8455, 0.9]]] },
  { name: 'a tiny 7', digit: 7, strokes: [[[0.807, 0.805], [0.863, 0.805], [0.8315, 0.9]]] },
  { name: 'a tiny 2', digit: 2, strokes: [[[0.807, 0.825], [0.821, 0.802], [0.849, 0.802], [0.8595, 0.83], [0.807, 0.895], [0.8665, 0.895]]] },
];

/** A link's decoded href once it has stayed the same for half a second. */
async function settledHref(page: Page, testId: string): Promise<string> {
  const read = async () => decodeURIComponent((await page.getByTestId(testId).getAttribute('href')) ?? '');
  let last = await read();
  for (let same = 0; same < 5;) {
    await page.waitForTimeout(100);
    const now = await read();
    same = now === last ? same + 1 : 0;
    last = now;
  }
  return last;
}

async function ready(page: Page): Promise<void> {
  await page.getByTestId('draw-model-in-use').waitFor({ timeout: 60_000 });
}

async function prediction(page: Page): Promise<{ digit: string | null; prob: number }> {
  const el = page.getByTestId('prediction');
  return { digit: await el.getAttribute('data-digit'), prob: Number(await el.getAttribute('data-prob')) };
}

async function waitDigit(page: Page): Promise<string> {
  await page.waitForFunction(() => document.querySelector('[data-testid="prediction"]')?.getAttribute('data-digit') != null);
  return (await prediction(page)).digit ?? '';
}

test('drawing a 0, a 1, a 7, a small 1 in a corner and a tiny 4, 7 and 2 gives those digits', async () => {
  const s = await openPage('#/draw?lang=en');
  try {
    await ready(s.page);
    // empty canvas: no guess
    assert.equal((await prediction(s.page)).digit, null);
    await s.page.getByText('Draw a digit: an empty canvas gets no guess.').waitFor();
    assert.equal(await s.page.getByTestId('draw-canvas').evaluate((c) => getComputedStyle(c).touchAction), 'none');
    for (const d of DIGITS) {
      await s.page.getByTestId('draw-clear').click();
      await s.page.waitForFunction(() => document.querySelector('[data-testid="prediction"]')?.getAttribute('data-digit') == null);
      await draw(s.page, d.strokes);
      const got = await waitDigit(s.page);
      const probs = await Promise.all([0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map(async (k) => Number(await s.page.getByTestId(`prob-${k}`).getAttribute('data-value'))));
      assert.equal(got, String(d.digit), `${d.name}: predicted ${got}, probabilities ${probs.map((p) => p.toFixed(3)).join(' ')}`);
      assert.ok(Math.abs(probs.reduce((a, b) => a + b, 0) - 1) < 1e-4, 'the ten probabilities add up to 1');
      const grid = await readGrid(s.page, 'model-input');
      assert.equal(grid.length, 28);
      assert.equal(grid[0].length, 28);
      const flat = grid.flat();
      assert.ok(flat.some((v) => v > 0.5), 'the model input has ink');
      assert.ok(flat.every((v) => v >= 0 && v <= 1), 'model input values are 0…1');
    }
    assert.deepEqual(s.errors, []);
    assert.deepEqual(s.external, []);
  } finally {
    await s.close();
  }
});

test('the activations and the CAM appear; a clicked conv cell shows arithmetic equal to its activation', async () => {
  const s = await openPage('#/draw?lang=en');
  try {
    await ready(s.page);
    await draw(s.page, DIGITS[2].strokes);
    assert.equal(await waitDigit(s.page), '7');
    // every layer drawn
    const conv1 = s.page.getByTestId('layer-conv2d_1');
    await conv1.waitFor();
    assert.equal(await conv1.locator('canvas').count(), 6);
    assert.equal(await s.page.getByTestId('layer-conv2d_2').locator('canvas').count(), 16);
    // CAM
    await s.page.getByTestId('cam-overlay').waitFor({ timeout: 60_000 });
    const camSum = Number(await s.page.getByTestId('cam-sum').getAttribute('data-value'));
    const camScore = Number(await s.page.getByTestId('cam-score').getAttribute('data-value'));
    assert.ok(Math.abs(camSum - camScore) < 1e-3 * Math.max(1, Math.abs(camScore)), `Σ M_c ${camSum} = S_c ${camScore}`);
    const cam = await readGrid(s.page, 'cam');
    assert.equal(cam.length, 7);
    // click cells of conv2d_2's channels until one is active; each must match tfjs
    let positive = 0;
    for (const layer of ['conv2d_1', 'conv2d_2']) {
      const canvases = s.page.getByTestId(`layer-${layer}`).locator('canvas');
      const n = await canvases.count();
      for (let k = 0; k < n && positive < 3; k++) {
        const c = canvases.nth(k);
        await c.scrollIntoViewIfNeeded();
        const box = await c.boundingBox();
        assert.ok(box);
        for (const [fx, fy] of [[0.5, 0.3], [0.6, 0.5], [0.45, 0.7]]) {
          await s.page.mouse.click(box.x + fx * box.width, box.y + fy * box.height);
          const panel = s.page.getByTestId('cell-arithmetic');
          await panel.waitFor();
          const z = Number(await panel.getByTestId('sum').getAttribute('data-value'));
          const value = Number(await panel.getByTestId('cell-activation').getAttribute('data-value'));
          const tfjs = Number(await panel.getByTestId('cell-tfjs').getAttribute('data-value'));
          assert.ok(Math.abs(value - Math.max(0, z)) < 1e-12, `ReLU(${z}) = ${value}`);
          assert.ok(Math.abs(value - tfjs) < 1e-4, `${layer} ch ${k}: core ${value} vs tfjs ${tfjs}`);
          if (z > 0) {
            assert.ok(Math.abs(z - tfjs) < 1e-4, `the sum ${z} equals the activation ${tfjs}`);
            positive++;
          }
        }
      }
    }
    assert.ok(positive >= 1, 'at least one clicked cell was active');
    // keyboard: Enter on the focused map selects a cell
    await s.page.getByTestId('layer-conv2d_1').focus();
    await s.page.keyboard.press('Control+Home');
    await s.page.keyboard.press('ArrowRight');
    await s.page.keyboard.press('Enter');
    await s.page.getByText('conv2d_1, filter 0, row 0, column 1').waitFor();
    assert.deepEqual(s.errors, []);
  } finally {
    await s.close();
  }
});

test('a real MNIST sample, undo, and links to the other lessons', async () => {
  const s = await openPage('#/draw?lang=en');
  try {
    await ready(s.page);
    await s.page.getByTestId('sample-3').click();
    assert.equal(await waitDigit(s.page), '3');
    await s.page.getByTestId('draw-undo').click(); // removes the sample
    await s.page.waitForFunction(() => document.querySelector('[data-testid="prediction"]')?.getAttribute('data-digit') == null);
    await draw(s.page, DIGITS[1].strokes);
    assert.equal(await waitDigit(s.page), '1');
    // The first '1' may come from a prediction made during the stroke: read the links once they settle.
    const walk = await settledHref(s.page, 'share-conv-walk');
    assert.match(walk, /#\/lesson\/conv-walk\?.*input=([01],){4}[01](;([01],){4}[01]){4}/);
    const donut = await settledHref(s.page, 'share-donut');
    assert.match(donut, /#\/lesson\/donut\?.*input=([01],){7}[01](;([01],){7}[01]){7}/);
    // the link opens the convolution walk with this image
    await s.page.getByTestId('share-conv-walk').click();
    const input = await readGrid(s.page, 'input');
    assert.equal(input.map((r) => r.join(',')).join(';'), walk.replace(/^.*input=/, '').replace(/&.*$/, ''));
    // and the donut lesson with the 8×8 image (inside its border of padding)
    await s.page.goBack();
    // Back on the page: the same drawing gives the same link.
    assert.equal(await settledHref(s.page, 'share-donut'), donut);
    await s.page.getByTestId('share-donut').click();
    const padded = await readGrid(s.page, 'padded');
    const b = (padded.length - 8) / 2;
    const inner = padded.slice(b, b + 8).map((r) => r.slice(b, b + 8).join(',')).join(';');
    assert.equal(inner, donut.replace(/^.*input=/, '').replace(/&.*$/, ''));
    assert.deepEqual(s.errors, []);
  } finally {
    await s.close();
  }
});

test('a model file that is not a model says so and the pretrained model keeps answering', async () => {
  const s = await openPage('#/draw?lang=en');
  try {
    await ready(s.page);
    await s.page.getByText('A model file (model.json + weights.bin)').click();
    await s.page.getByTestId('model-file').setInputFiles([
      { name: 'model.json', mimeType: 'application/json', buffer: Buffer.from('{"hello": 1}') },
      { name: 'weights.bin', mimeType: 'application/octet-stream', buffer: Buffer.alloc(16) },
    ]);
    const alert = s.page.getByTestId('model-error');
    await alert.waitFor();
    assert.equal(await alert.getAttribute('role'), 'alert');
    assert.match((await alert.textContent()) ?? '', /not a TensorFlow\.js model/);
    await draw(s.page, DIGITS[0].strokes);
    assert.equal(await waitDigit(s.page), '0');
    assert.match((await s.page.getByTestId('draw-model-in-use').textContent()) ?? '', /LeNet-5/);
  } finally {
    await s.close();
  }
});

test('a model of the wrong shape is refused with its shape named; a model file of the right shape is used', async () => {
  const tf = await import('@tensorflow/tfjs');
  const { modelToFiles } = await import('../../src/model/modelFiles');
  const { buildModel } = await import('../../src/model/architectures');
  const { defaultSpec } = await import('../../src/model/spec');
  await tf.setBackend('cpu');
  const wrong = tf.sequential({ layers: [tf.layers.flatten({ inputShape: [32, 32, 3] }), tf.layers.dense({ units: 10, activation: 'softmax' })] });
  const wrongFiles = await modelToFiles(wrong);
  const keras = await modelToFiles(buildModel(defaultSpec('keras'), 4));
  const s = await openPage('#/draw?lang=en');
  try {
    await ready(s.page);
    await s.page.getByText('A model file (model.json + weights.bin)').click();
    const pick = (f: { modelJson: string; weights: ArrayBuffer }) => s.page.getByTestId('model-file').setInputFiles([
      { name: 'model.json', mimeType: 'application/json', buffer: Buffer.from(f.modelJson) },
      { name: 'weights.bin', mimeType: 'application/octet-stream', buffer: Buffer.from(f.weights) },
    ]);
    await pick(wrongFiles);
    const alert = s.page.getByTestId('model-error');
    await alert.waitFor();
    assert.match((await alert.textContent()) ?? '', /32, 32, 3/);
    assert.match((await s.page.getByTestId('draw-model-in-use').textContent()) ?? '', /LeNet-5/);
    // the learner's own file: the lectures' Keras model (random weights here)
    await pick(keras);
    await s.page.waitForFunction(() => /model\.json/.test(document.querySelector('[data-testid="draw-model-in-use"]')?.textContent ?? ''));
    assert.equal(await s.page.getByTestId('model-error').count(), 0);
    await draw(s.page, DIGITS[1].strokes);
    await waitDigit(s.page);
    await s.page.getByTestId('layer-conv2d_2').waitFor();
    assert.equal(await s.page.getByTestId('layer-conv2d_2').locator('canvas').count(), 64);
    assert.deepEqual(s.errors, []);
  } finally {
    await s.close();
  }
});

test('missing MNIST files: the sample buttons say so and drawing still works', async () => {
  const s = await openPage('#/draw?lang=en');
  try {
    await s.page.route('**/data/mnist/**', (route) => route.fulfill({ status: 404, body: 'not here' }));
    await ready(s.page);
    await s.page.getByTestId('sample-5').click();
    const alert = s.page.locator('.samples [role="alert"]');
    await alert.waitFor();
    assert.match((await alert.textContent()) ?? '', /MNIST test images could not be loaded.*Drawing still works/);
    await draw(s.page, DIGITS[2].strokes);
    assert.equal(await waitDigit(s.page), '7');
  } finally {
    await s.close();
  }
});

test('a model the training page saved in this browser can answer', async () => {
  const tf = await import('@tensorflow/tfjs');
  const { buildModel } = await import('../../src/model/architectures');
  const { defaultSpec } = await import('../../src/model/spec');
  await tf.setBackend('cpu');
  // what tfjs's IndexedDB handler stores (database tensorflowjs, v1), made here in Node
  let stored: { topology: string; specs: string; weights: number[] } | undefined;
  await buildModel(defaultSpec('lenet5'), 9).save(tf.io.withSaveHandler(async (a) => {
    stored = {
      topology: JSON.stringify(a.modelTopology),
      specs: JSON.stringify(a.weightSpecs),
      weights: Array.from(new Uint8Array(tf.io.concatenateArrayBuffers(a.weightData as ArrayBuffer[]))),
    };
    return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } };
  }));
  const s = await openPage('#/draw?lang=en');
  try {
    await s.page.evaluate(async (m) => {
      await new Promise<void>((resolve, reject) => {
        const req = indexedDB.open('tensorflowjs', 1);
        req.onupgradeneeded = () => {
          req.result.createObjectStore('models_store', { keyPath: 'modelPath' });
          req.result.createObjectStore('model_info_store', { keyPath: 'modelPath' });
        };
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const db = req.result;
          const tx = db.transaction(['models_store', 'model_info_store'], 'readwrite');
          const modelPath = 'cnn-classroom-my-lenet';
          const info = { dateSaved: new Date(), modelTopologyType: 'JSON', weightDataBytes: m.weights.length };
          tx.objectStore('model_info_store').put({ modelPath, modelArtifactsInfo: info });
          tx.objectStore('models_store').put({
            modelPath,
            modelArtifactsInfo: info,
            modelArtifacts: { modelTopology: JSON.parse(m.topology), weightSpecs: JSON.parse(m.specs), weightData: new Uint8Array(m.weights).buffer, format: 'layers-model' },
          });
          tx.oncomplete = () => { db.close(); resolve(); };
          tx.onerror = () => reject(tx.error);
        };
      });
    }, stored as NonNullable<typeof stored>);
    await ready(s.page);
    await s.page.getByText('My model, saved on the training page').click();
    const select = s.page.getByTestId('saved-model');
    await select.waitFor();
    assert.equal(await select.locator('option').first().textContent(), 'my-lenet');
    await s.page.getByTestId('saved-model-use').click();
    await s.page.waitForFunction(() => /my-lenet/.test(document.querySelector('[data-testid="draw-model-in-use"]')?.textContent ?? ''));
    await draw(s.page, DIGITS[0].strokes);
    const digit = await waitDigit(s.page);
    assert.match(digit, /^\d$/);
    assert.match((await s.page.getByTestId('prediction').locator('..').textContent()) ?? '', /Model: my-lenet/);
    assert.deepEqual(s.errors, []);
  } finally {
    await s.close();
  }
});
