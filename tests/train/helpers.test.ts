import { describe, expect, it } from 'vitest';
import type { Misclassified } from '../../src/model/protocol';
import { ema } from '../../src/train/charts/drawCurves';
import { formatBytes, formatDuration, formatRate, imagesLeft } from '../../src/train/format';
import { appModelName, isValidModelName, readPickedFiles } from '../../src/model/savedModels';
import { weightsFileName } from '../../src/train/trainController';
import { cellImages } from '../../src/train/views/cellImages';

describe('cellImages', () => {
  const labels = Uint8Array.from({ length: 30 }, (_, i) => i % 10);
  const confusionOf = (mistakes: Misclassified[]) => {
    const c = new Int32Array(100);
    labels.forEach((l) => { c[l * 10 + l] += 1; });
    for (const m of mistakes) {
      c[m.label * 10 + m.label] -= 1;
      c[m.label * 10 + m.predicted] += 1;
    }
    return c;
  };
  const wrong: Misclassified[] = [
    { index: 4, label: 4, predicted: 9, top: [] },
    { index: 14, label: 4, predicted: 9, top: [] },
    { index: 23, label: 3, predicted: 5, top: [] },
  ];

  it('off the diagonal: the listed mistakes of that cell', () => {
    const c = cellImages(labels, confusionOf(wrong), wrong, 4, 9);
    expect(c).toEqual({ indices: [4, 14], count: 2, complete: true });
  });
  it('on the diagonal: images of that digit not listed as mistakes', () => {
    expect(cellImages(labels, confusionOf(wrong), wrong, 4, 4)).toEqual({ indices: [24], count: 1, complete: true });
    expect(cellImages(labels, confusionOf(wrong), wrong, 3, 3).indices).toEqual([3, 13]);
  });
  it('capped list: the diagonal search stops at the last listed mistake, off-diagonal says it is partial', () => {
    const all: Misclassified[] = [...wrong, { index: 28, label: 8, predicted: 3, top: [] }];
    const c = confusionOf(all);
    const listed = all.slice(0, 2); // the worker sent only the first two
    // 23 is a 3 taken for a 5, beyond the last listed index (14): the page does not claim it.
    expect(cellImages(labels, c, listed, 3, 3).indices).toEqual([3, 13]);
    expect(cellImages(labels, c, listed, 8, 3)).toEqual({ indices: [], count: 1, complete: false });
  });
});

describe('format', () => {
  it('formatRate: two significant digits, e-notation below 0.00001', () => {
    expect(formatRate(0.003)).toBe('0.003');
    expect(formatRate(0.0029133)).toBe('0.0029');
    expect(formatRate(0.00006)).toBe('0.00006');
    expect(formatRate(0.000031915)).toBe('0.000032');
    expect(formatRate(6.4e-7)).toBe('6e-7');
    expect(formatRate(0)).toBe('0');
    expect(formatRate(Number.NaN)).toBe('–');
  });

  it('formatBytes, formatDuration', () => {
    expect(formatBytes(9612647)).toBe('9.6 MB');
    expect(formatBytes(28236)).toBe('28 kB');
    expect(formatBytes(12)).toBe('12 B');
    expect(formatDuration(9)).toBe('0:09');
    expect(formatDuration(247)).toBe('4:07');
    expect(formatDuration(3909)).toBe('1:05:09');
    expect(formatDuration(Number.NaN)).toBe('–');
  });
  it('imagesLeft: rest of this epoch plus later epochs', () => {
    expect(imagesLeft({ epoch: 1, epochs: 2, batch: 1, batchesPerEpoch: 4, imagesPerEpoch: 400 })).toBe(700);
    expect(imagesLeft({ epoch: 2, epochs: 2, batch: 4, batchesPerEpoch: 4, imagesPerEpoch: 400 })).toBe(0);
    expect(imagesLeft({ epoch: 1, epochs: 3, batch: 0, batchesPerEpoch: 0, imagesPerEpoch: 100 })).toBe(300);
  });
  it('ema([1, 3], 0.5) = [1, 2], NaN skipped', () => {
    expect(ema([{ x: 0, y: 1 }, { x: 1, y: Number.NaN }, { x: 2, y: 3 }], 0.5)).toEqual([{ x: 0, y: 1 }, { x: 2, y: 2 }]);
  });
});

describe('save/load helpers', () => {
  it('model names', () => {
    expect(isValidModelName('mnist-keras_1')).toBe(true);
    expect(isValidModelName('mnist.keras')).toBe(false);
    expect(isValidModelName('')).toBe(false);
    expect(isValidModelName('a b')).toBe(false);
    expect(isValidModelName('x'.repeat(65))).toBe(false);
  });
  it('appModelName strips the worker’s IndexedDB prefix', () => {
    expect(appModelName('cnn-classroom-my-lenet')).toBe('my-lenet');
    expect(appModelName('other')).toBe('other');
  });
  it('weightsFileName reads the first manifest path', () => {
    expect(weightsFileName(JSON.stringify({ weightsManifest: [{ paths: ['./m.weights.bin'] }] }))).toBe('m.weights.bin');
    expect(weightsFileName('not json')).toBeUndefined();
  });
  const json = (paths: string[]) => new File([JSON.stringify({ modelTopology: {}, weightsManifest: [{ paths, weights: [] }] })], 'model.json');
  it('readPickedFiles: model.json + its weights, in manifest order', async () => {
    const a = new File([new Uint8Array([1])], 'a.bin');
    const b = new File([new Uint8Array([2, 2])], 'b.bin');
    const r = await readPickedFiles([b, json(['a.bin', 'b.bin']), a]);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.weights.map((w) => w.byteLength)).toEqual([1, 2]);
    const renamed = await readPickedFiles([json(['weights.bin']), new File([new Uint8Array(4)], 'weights (1).bin')]);
    expect(renamed.ok).toBe(true);
  });
  it('readPickedFiles: clear reasons for wrong picks', async () => {
    const bin = new File([new Uint8Array(4)], 'weights.bin');
    expect(await readPickedFiles([bin])).toEqual({ ok: false, reason: 'no-json' });
    expect(await readPickedFiles([json(['weights.bin'])])).toEqual({ ok: false, reason: 'no-weights' });
    expect(await readPickedFiles([new File(['{"a":'], 'model.json'), bin])).toEqual({ ok: false, reason: 'bad-json' });
    expect(await readPickedFiles([new File(['{"a":1}'], 'model.json'), bin])).toEqual({ ok: false, reason: 'bad-json' });
    expect(await readPickedFiles([json(['w1.bin', 'w2.bin']), bin, new File([new Uint8Array(1)], 'w1.bin')])).toEqual({ ok: false, reason: 'missing-weights', detail: 'w2.bin' });
  });
});

describe('backendReason', () => {
  const swift = 'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)';
  it('auto on a software renderer → wasm because of SwiftShader', async () => {
    const { backendReason } = await import('../../src/train/backendReason');
    expect(backendReason({ name: 'wasm', renderer: swift, reason: 'x' }, 'auto')).toEqual({ key: 'backendReason.software', vars: { renderer: 'SwiftShader' } });
    expect(backendReason({ name: 'webgl', renderer: 'ANGLE (NVIDIA GeForce)', reason: 'x' }, 'auto').key).toBe('backendReason.gpu');
    expect(backendReason({ name: 'wasm', renderer: '', reason: 'x' }, 'auto').key).toBe('backendReason.noWebgl');
    expect(backendReason({ name: 'cpu', renderer: swift, reason: 'x' }, 'cpu')).toEqual({ key: 'backendReason.chosen', vars: { choice: 'cpu' } });
    expect(backendReason({ name: 'wasm', renderer: '', reason: 'x' }, 'webgl')).toEqual({ key: 'backendReason.fallback', vars: { choice: 'webgl', name: 'wasm' } });
  });
});

describe('decimate', () => {
  it('keeps each pixel column’s lowest and highest point in x order', async () => {
    const { decimate } = await import('../../src/train/charts/drawCurves');
    const six = [{ x: 0, y: 1 }, { x: 0.1, y: 5 }, { x: 0.2, y: 2 }, { x: 0.5, y: 3 }, { x: 0.6, y: 0 }, { x: 0.9, y: 4 }];
    expect(decimate(six, 1, 2)).toEqual([{ x: 0, y: 1 }, { x: 0.1, y: 5 }, { x: 0.6, y: 0 }, { x: 0.9, y: 4 }]);
    const many = Array.from({ length: 5000 }, (_, i) => ({ x: i / 1000, y: Math.sin(i) }));
    const thin = decimate(many, 5, 500);
    expect(thin.length).toBeLessThanOrEqual(1000);
    expect(Math.max(...thin.map((p) => p.y))).toBe(Math.max(...many.map((p) => p.y)));
    expect(Math.min(...thin.map((p) => p.y))).toBe(Math.min(...many.map((p) => p.y)));
    const short = [{ x: 0, y: 1 }, { x: 1, y: 2 }];
    expect(decimate(short, 1, 100)).toEqual(short);
  });
});

describe('cellImages with the worker’s predictions', () => {
  it('lists every image of a cell exactly, even past the misclassified cap', () => {
    const labels = new Uint8Array(300).map((_, i) => i % 10);
    const predictions = labels.map((l, i) => (l === 4 && i > 100 ? 9 : l));
    const confusion = new Int32Array(100);
    for (let i = 0; i < 300; i++) confusion[labels[i] * 10 + predictions[i]] += 1;
    // No misclassified list at all: the predictions alone name the images.
    const wrong = cellImages(labels, confusion, [], 4, 9, 60, predictions);
    expect(wrong.indices).toEqual(Array.from({ length: 20 }, (_, k) => 104 + 10 * k));
    expect(wrong).toMatchObject({ count: 20, complete: true });
    expect(cellImages(labels, confusion, [], 4, 4, 60, predictions).indices).toEqual([4, 14, 24, 34, 44, 54, 64, 74, 84, 94]);
  });
});
