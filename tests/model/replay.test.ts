import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/model/architectures';
import { addSnapshot, dequantize, quantize, replayIndex, snapshotBytes, snapshotSteps, type ReplayRecord, type Snapshot } from '../../src/model/replay';
import { decodeReplay, encodeReplay, ReplayFileError } from '../../src/model/replayFile';
import { SnapshotRecorder } from '../../src/model/snapshots';
import { defaultSpec } from '../../src/model/spec';
import { tf, useBackend } from './tfNode';

function fakeSnapshot(reason: Snapshot['reason'], step: number, bytes = 100): Snapshot {
  return {
    reason,
    step,
    epoch: step / 10,
    seen: step * 64,
    loss: Number.NaN,
    accuracy: 0.5,
    filters: { layer: 'conv2d_1', shape: [1, 1, 1, 1], data: Float32Array.of(step) },
    probs: new Float32Array(10).fill(0.1),
    predicted: 3,
    layers: [{ name: 'conv2d_1', type: 'Conv2D', shape: [bytes], min: -1, max: 2, data: new Uint8Array(bytes).fill(step % 256) }],
  };
}

describe('snapshotSteps', () => {
  it('snapshotSteps(10, 4): step 0 and quadratic positions ending at the last step', () => {
    expect(snapshotSteps(10, 4)).toEqual([0, 1, 3, 6, 10]);
  });
  it('snapshotSteps(3750, 32) (4 epochs of LeNet-5): 33 steps, denser early, ending at 3750', () => {
    const s = snapshotSteps(3750, 32);
    expect(s).toHaveLength(33);
    expect(s[s.length - 1]).toBe(3750);
    expect(s[2] - s[1]).toBeLessThan(s[32] - s[31]);
  });
  it('snapshotSteps(5, 32): a short run (300 images, batch 64) keeps every step once', () => {
    expect(snapshotSteps(5, 32)).toEqual([0, 1, 2, 3, 4, 5]);
  });
  it('snapshotSteps(-1) and count 0 throw RangeError', () => {
    expect(() => snapshotSteps(-1)).toThrow(RangeError);
    expect(() => snapshotSteps(10, 0)).toThrow(RangeError);
  });
});

describe('quantize / dequantize', () => {
  it('quantize([-1, 0, 1]) → bytes [0, 128, 255] over [-1, 1]; dequantize is within range/510', () => {
    const q = quantize(Float32Array.of(-1, 0, 1));
    expect(Array.from(q.data)).toEqual([0, 128, 255]);
    const back = dequantize(q);
    [-1, 0, 1].forEach((v, i) => expect(Math.abs(back[i] - v)).toBeLessThanOrEqual(2 / 510 + 1e-7));
  });
  it('a constant layer quantizes to zeros and back to its value', () => {
    const q = quantize(Float32Array.of(2, 2));
    expect(Array.from(dequantize(q))).toEqual([2, 2]);
  });
});

describe('addSnapshot', () => {
  it('keeps every snapshot under the budget', () => {
    let list: Snapshot[] = [];
    for (let i = 0; i < 5; i++) list = addSnapshot(list, fakeSnapshot(i === 0 ? 'start' : 'step', i), 10_000);
    expect(list.map((s) => s.step)).toEqual([0, 1, 2, 3, 4]);
  });
  it('over the budget: thins step snapshots, keeps start, epoch ends and the newest, and fits', () => {
    let list: Snapshot[] = [];
    const per = snapshotBytes(fakeSnapshot('step', 0));
    const budget = per * 10;
    list = addSnapshot(list, fakeSnapshot('start', 0), budget);
    for (let i = 1; i <= 30; i++) list = addSnapshot(list, fakeSnapshot(i % 10 === 0 ? 'epoch' : 'step', i), budget);
    expect(list.reduce((a, s) => a + snapshotBytes(s), 0)).toBeLessThanOrEqual(budget);
    expect(list[0].reason).toBe('start');
    expect(list.filter((s) => s.reason === 'epoch').map((s) => s.step)).toEqual([10, 20, 30]);
    expect(list[list.length - 1].step).toBe(30);
    const steps = list.map((s) => s.step);
    expect(steps).toEqual([...steps].sort((a, b) => a - b));
  });
});

describe('replayIndex', () => {
  it('a position past the end throws a RangeError naming the count', () => {
    expect(replayIndex(0, 3)).toBe(0);
    expect(() => replayIndex(3, 3)).toThrow(/this run has 3/);
    expect(() => replayIndex(0, 0)).toThrow(/no snapshots/);
    expect(() => replayIndex(1.5, 3)).toThrow(RangeError);
  });
});

describe('replay file', () => {
  const record: ReplayRecord = {
    version: 1,
    spec: defaultSpec('lenet5'),
    pinned: { source: 'test', testIndex: 7, label: 9, pixels: new Float32Array(784).map((_, i) => (i % 7) / 7) },
    snapshots: [fakeSnapshot('start', 0, 3), { ...fakeSnapshot('epoch', 10, 5), testAccuracy: 0.9, cam: { H: 1, W: 2, c: 3, data: Float32Array.of(0.5, -1) } }],
  };

  it('encodeReplay → decodeReplay round-trips every field and array (NaN included)', () => {
    const back = decodeReplay(encodeReplay(record));
    expect(back).toEqual(record);
    expect(back.snapshots[1].layers[0].data).toBeInstanceOf(Uint8Array);
    expect(Number.isNaN(back.snapshots[0].loss)).toBe(true);
  });

  it('a file that is not a replay, cut short, or holds no snapshots gives ReplayFileError', () => {
    const bytes = new Uint8Array(encodeReplay(record));
    expect(() => decodeReplay(new TextEncoder().encode('{"modelTopology":{}}').buffer)).toThrow(/not a training replay/);
    expect(() => decodeReplay(bytes.slice(0, bytes.length - 8).buffer)).toThrow(ReplayFileError);
    expect(() => decodeReplay(encodeReplay({ ...record, snapshots: [] }))).toThrow(/no snapshots/);
  });
});

describe('SnapshotRecorder', () => {
  it('a 2-epoch run of 5 steps each: start, every step but the epoch-end ones (a short run), 2 epoch ends; filters change; no tensor leaks', async () => {
    await useBackend('cpu');
    const model = buildModel(defaultSpec('gap-cam'), 1);
    const got: { s: Snapshot; fresh: boolean }[] = [];
    const rec = new SnapshotRecorder((s, fresh) => got.push({ s, fresh }));
    rec.pin({ source: 'drawing', pixels: new Float32Array(784).fill(0.5) });
    const before = tf.memory().numTensors;
    const at = (step: number) => ({ step, epoch: step / 5, seen: step * 64, loss: 1, accuracy: 0.5 });
    rec.begin(model, { epochs: 2, batchesPerEpoch: 5 }, true, at(0));
    for (let step = 1; step <= 10; step++) {
      if (step === 3) {
        const moved = model.layers[0].getWeights().map((w) => tf.tidy(() => w.add(0.5)));
        model.layers[0].setWeights(moved);
        tf.dispose(moved);
      }
      rec.afterStep(model, at(step));
      if (step % 5 === 0) rec.afterEpoch(model, { ...at(step), testAccuracy: 0.5 });
    }
    expect(got.map((g) => g.s.reason)).toEqual(['start', 'step', 'step', 'step', 'step', 'epoch', 'step', 'step', 'step', 'step', 'epoch']);
    expect(got.map((g) => g.s.step)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(got.map((g) => g.fresh)).toEqual([true, ...new Array(10).fill(false)]);
    const first = got[0].s;
    expect(first.layers.map((l) => l.type)).not.toContain('Flatten');
    expect(first.cam?.data).toHaveLength(49);
    expect(first.probs).toHaveLength(10);
    expect(Array.from(got[10].s.filters.data)).not.toEqual(Array.from(first.filters.data));
    expect(tf.memory().numTensors).toBe(before);
    model.dispose();
  });
});
