import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { metadataOf, modelFromFiles } from '../../src/model/modelFiles';
import { PRETRAINED, isPretrainedName, type PretrainedMetrics, type PretrainedName } from '../../src/model/pretrainedInfo';
import { summarize } from '../../src/model/summary';
import { useBackend } from './tfNode';

const root = join(__dirname, '..', '..', 'public');

function files(name: PretrainedName): { json: string; weights: ArrayBuffer; metrics: PretrainedMetrics } {
  const dir = join(root, PRETRAINED[name].folder);
  const bin = readFileSync(join(dir, 'weights.bin'));
  return {
    json: readFileSync(join(dir, 'model.json'), 'utf8'),
    weights: bin.buffer.slice(bin.byteOffset, bin.byteOffset + bin.byteLength),
    metrics: JSON.parse(readFileSync(join(dir, 'metrics.json'), 'utf8')) as PretrainedMetrics,
  };
}

describe('shipped models (public/models)', () => {
  for (const name of Object.keys(PRETRAINED) as PretrainedName[]) {
    it(`${name}: loads, carries its spec, and its parameter count equals metrics.json and summarize(spec)`, async () => {
      await useBackend('cpu');
      const { json, weights, metrics } = files(name);
      const model = await modelFromFiles(json, [weights]);
      expect(metadataOf(model)?.spec).toEqual(PRETRAINED[name].spec);
      expect(metrics.spec).toEqual(PRETRAINED[name].spec);
      expect(model.countParams()).toBe(metrics.params);
      expect(summarize(PRETRAINED[name].spec).totalParams).toBe(metrics.params);
      expect(metrics.testCount).toBe(10000);
      expect(metrics.testAccuracy).toBeGreaterThan(0.985);
      model.dispose();
    });
  }

  it('lenet5-3x3 is LeNet-5 with 3×3 kernels, trained with the same recipe and seed', () => {
    const a = files('lenet5').metrics;
    const b = files('lenet5-3x3').metrics;
    expect(b.spec.conv.map((c) => c.kernel)).toEqual([3, 3]);
    expect(b.spec.conv.map((c) => c.filters)).toEqual(a.spec.conv.map((c) => c.filters));
    expect(b.spec.dense).toEqual(a.spec.dense);
    expect([b.seed, b.epochs, b.batchSize, b.learningRate, b.finalLearningRate]).toEqual([a.seed, a.epochs, a.batchSize, a.learningRate, a.finalLearningRate]);
  });

  it('isPretrainedName: shipped names only (not inherited keys)', () => {
    expect(isPretrainedName('lenet5-3x3')).toBe(true);
    expect(isPretrainedName('toString')).toBe(false);
    expect(isPretrainedName('lenet6')).toBe(false);
  });
});
