import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { modelFromFiles } from '../../src/model/modelFiles';
import { makeClassifier, type Classifier } from '../../src/draw/classifier';
import { EPSILON_RANGE, attackAt, gradientSign, layerChanges, probsOf, runAttack } from '../../src/draw/attack/attack';
import { attackInputProblem } from '../../src/draw/attack/attackInput';
import { tf, useBackend } from '../model/tfNode';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
let c: Classifier;
let images: Uint8Array;
let labels: Uint8Array;

function digit(i: number): Float32Array {
  return Float32Array.from(images.subarray(i * 784, (i + 1) * 784), (v) => v / 255);
}

beforeAll(async () => {
  await useBackend('wasm');
  const dir = join(root, 'public', 'models', 'lenet5');
  const w = readFileSync(join(dir, 'weights.bin'));
  const model = await modelFromFiles(readFileSync(join(dir, 'model.json'), 'utf8'), [w.buffer.slice(w.byteOffset, w.byteOffset + w.byteLength)]);
  c = makeClassifier(model, 'pretrained', 'LeNet-5');
  const data = join(root, 'public', 'data', 'mnist');
  images = gunzipSync(readFileSync(join(data, 'test-images.u8.gz')));
  labels = gunzipSync(readFileSync(join(data, 'test-labels.u8.gz')));
});

afterAll(() => c.dispose());

describe('attack on the shipped LeNet-5', () => {
  test('test digit 0 (a 7): untargeted FGSM and iterative flip it within ε, every pixel within ε and 0…1', async () => {
    const x = digit(0);
    expect(labels[0]).toBe(7);
    for (const method of ['fgsm', 'iterative'] as const) {
      const r = await runAttack(c.attackModel, x, { method, target: null, epsilon: 0.3 });
      expect(r.original).toBe(7);
      expect(r.success).toBe(true);
      expect(r.predicted).not.toBe(7);
      expect(r.linf).toBeLessThanOrEqual(r.epsilon + 1e-6);
      expect(r.epsilon).toBeLessThanOrEqual(0.3);
      for (let i = 0; i < 784; i++) {
        expect(r.adversarial[i]).toBeGreaterThanOrEqual(0);
        expect(r.adversarial[i]).toBeLessThanOrEqual(1);
        expect(Math.abs(r.adversarial[i] - x[i] - r.perturbation[i])).toBeLessThan(1e-6);
      }
      expect(Array.from(r.probs)).toEqual(Array.from(probsOf(c.attackModel, r.adversarial)));
    }
  });

  test('the iterative attack needs no larger ε than FGSM; targeted turns the 7 into a 3', async () => {
    const x = digit(0);
    const f = await runAttack(c.attackModel, x, { method: 'fgsm', target: null, epsilon: 0.3 });
    const it = await runAttack(c.attackModel, x, { method: 'iterative', target: null, epsilon: 0.3 });
    expect(it.epsilon).toBeLessThanOrEqual(f.epsilon + 1e-9);
    const t = await runAttack(c.attackModel, x, { method: 'iterative', target: 3, epsilon: 0.4 });
    expect(t.success).toBe(true);
    expect(t.predicted).toBe(3);
  });

  test('a tiny ε does not fool the model: success false, the result stays within ε', async () => {
    const r = await runAttack(c.attackModel, digit(1), { method: 'fgsm', target: null, epsilon: EPSILON_RANGE.min });
    expect(r.success).toBe(false);
    expect(r.predicted).toBe(r.original);
    expect(r.linf).toBeLessThanOrEqual(EPSILON_RANGE.min + 1e-6);
  });

  test('gradient sign: −1, 0 or 1 for every pixel, not all zero', () => {
    const s = gradientSign(c.attackModel, digit(2), labels[2]);
    expect(s.every((v) => v === -1 || v === 0 || v === 1)).toBe(true);
    expect(s.some((v) => v !== 0)).toBe(true);
  });

  test('bad input: ε out of range, a target equal to the answer, a wrong size', async () => {
    const x = digit(0);
    await expect(runAttack(c.attackModel, x, { method: 'fgsm', target: null, epsilon: 0.8 })).rejects.toThrow(/between 0.01 and 0.5/);
    await expect(runAttack(c.attackModel, x, { method: 'fgsm', target: null, epsilon: 0 })).rejects.toThrow(RangeError);
    await expect(runAttack(c.attackModel, x, { method: 'fgsm', target: 7, epsilon: 0.2 })).rejects.toThrow(/already reads 7/);
    await expect(runAttack(c.attackModel, new Float32Array(10), { method: 'fgsm', target: null, epsilon: 0.2 })).rejects.toThrow(/784/);
    expect(() => attackAt(c.attackModel, x, { method: 'fgsm', target: 12, epsilon: 0.2 }, 7)).toThrow(/0–9/);
  });

  test('no tensor leaks over 100 attacks', async () => {
    const x = digit(3);
    await runAttack(c.attackModel, x, { method: 'fgsm', target: null, epsilon: 0.2 });
    const before = tf.memory().numTensors;
    for (let i = 0; i < 100; i++) {
      await runAttack(c.attackModel, digit(i), { method: i % 10 ? 'fgsm' : 'iterative', target: i % 3 === 0 ? (labels[i] + 1) % 10 : null, epsilon: 0.15 });
    }
    expect(tf.memory().numTensors).toBe(before);
  }, 120_000);
});

describe('layerChanges and attackInputProblem', () => {
  test('relative change per layer', () => {
    const a = [Float32Array.from([3, 4]), Float32Array.from([0, 0])];
    const b = [Float32Array.from([3, 4]), Float32Array.from([1, 0])];
    expect(layerChanges(a, b)).toEqual([0, 1]);
    expect(layerChanges([Float32Array.from([3, 4])], [Float32Array.from([0, 0])])).toEqual([1]);
  });
  test('blank, filled and a real digit', () => {
    expect(attackInputProblem(null)).toBe('blank');
    expect(attackInputProblem(new Float32Array(784))).toBe('blank');
    const block = new Float32Array(784);
    for (let r = 4; r < 24; r++) for (let col = 4; col < 24; col++) block[r * 28 + col] = 1;
    expect(attackInputProblem(block)).toBe('filled');
    expect(attackInputProblem(digit(0))).toBeNull();
  });
});
