// The core's max and average pooling against tfjs's cpu backend on seeded random configurations.
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { avgPool2d, maxPool2d } from '../../src/core';
import { mulberry32, randInt } from './helpers';

const TOL = 1e-5;

beforeAll(async () => {
  await tf.setBackend('cpu');
  await tf.ready();
});

interface Config {
  C: number;
  H: number;
  W: number;
  kh: number;
  kw: number;
  sh: number;
  sw: number;
  pad: 'valid' | 'same';
}

function reference(kind: 'max' | 'avg', c: Config, x: Float64Array, ceil = false): { shape: number[]; data: Float64Array } {
  const out = tf.tidy(() => {
    const xt = tf.tensor3d(Float32Array.from(x), [c.C, c.H, c.W]).transpose([1, 2, 0]).expandDims(0) as tf.Tensor4D;
    const pad = ceil ? 0 : c.pad;
    const mode = ceil ? 'ceil' : undefined;
    const y = kind === 'max'
      ? tf.maxPool(xt, [c.kh, c.kw], [c.sh, c.sw], pad, mode)
      : tf.avgPool(xt, [c.kh, c.kw], [c.sh, c.sw], pad, mode);
    return y.transpose([0, 3, 1, 2]).squeeze([0]);
  });
  const result = { shape: out.shape.slice(), data: Float64Array.from(out.dataSync()) };
  out.dispose();
  return result;
}

function label(kind: string, c: Config): string {
  return `${kind}Pool x=[${c.C},${c.H},${c.W}] size=[${c.kh},${c.kw}] s=[${c.sh},${c.sw}] p=${c.pad}`;
}

function randomConfig(rand: () => number, i: number): Config {
  for (;;) {
    const c: Config = {
      C: randInt(rand, 1, 4),
      H: randInt(rand, 1, 12),
      W: randInt(rand, 1, 12),
      kh: randInt(rand, 1, 4),
      kw: randInt(rand, 1, 4),
      sh: randInt(rand, 1, 3),
      sw: randInt(rand, 1, 3),
      pad: i % 2 === 0 ? 'valid' : 'same',
    };
    if (c.pad === 'same' || (c.kh <= c.H && c.kw <= c.W)) return c;
  }
}

function compare(kind: 'max' | 'avg', c: Config, ours: { shape: number[]; data: Float64Array }, ref: { shape: number[]; data: Float64Array }): void {
  expect(ours.shape, label(kind, c)).toEqual(ref.shape);
  for (let j = 0; j < ref.data.length; j++) {
    if (Math.abs(ours.data[j] - ref.data[j]) > TOL) {
      expect.fail(`${label(kind, c)}: cell ${j} is ${ours.data[j]}, tfjs says ${ref.data[j]}`);
    }
  }
}

const N = 300;
const poolRand = mulberry32(7);
const poolCases = Array.from({ length: N }, (_, i) => {
  const c = randomConfig(poolRand, i);
  return { c, x: new Float64Array(c.C * c.H * c.W).map(() => poolRand() * 2 - 1) };
});

describe(`pooling agrees with tfjs-cpu on ${N} seeded random configurations each`, () => {
  it.each(poolCases.map((k, i) => [i, label('max', k.c), k] as const))('#%i %s', (_i, _l, { c, x }) => {
    const ours = maxPool2d({ shape: [c.C, c.H, c.W], data: x }, { size: [c.kh, c.kw], stride: [c.sh, c.sw], padding: c.pad });
    compare('max', c, ours, reference('max', c, x));
  });
  // with 'same', tfjs leaves padding out of the average, as the core does
  it.each(poolCases.map((k, i) => [i, label('avg', k.c), k] as const))('#%i %s', (_i, _l, { c, x }) => {
    const ours = avgPool2d({ shape: [c.C, c.H, c.W], data: x }, { size: [c.kh, c.kw], stride: [c.sh, c.sw], padding: c.pad });
    compare('avg', c, ours, reference('avg', c, x));
  });
  it('no tfjs tensor is left behind', () => {
    expect(tf.memory().numTensors).toBe(0);
  });
  it("avgPool2d x=[1,3,3] size=2 s=1 p=same on ones gives ones in tfjs and in the core (padding excluded)", () => {
    const c: Config = { C: 1, H: 3, W: 3, kh: 2, kw: 2, sh: 1, sw: 1, pad: 'same' };
    const x = new Float64Array(9).fill(1);
    const ref = reference('avg', c, x);
    expect(Array.from(ref.data)).toEqual(new Array(9).fill(1));
    expect(Array.from(avgPool2d({ shape: [1, 3, 3], data: x }, { size: 2, stride: 1, padding: 'same' }).data)).toEqual(
      new Array(9).fill(1),
    );
  });
  it('ceilMode agrees with tfjs dimRoundingMode "ceil" (windows that start inside the input)', () => {
    const rand = mulberry32(9);
    let compared = 0;
    for (let i = 0; i < 300 && compared < 150; i++) {
      const c = randomConfig(rand, 0);
      // tfjs 4.22 sizes a numeric-padding pool from the window height and vertical stride on both
      // axes (conv_util computeOutputShape2D), so only square windows and equal strides compare.
      c.kw = c.kh;
      c.sw = c.sh;
      if (c.kh > c.H || c.kw > c.W) continue;
      const oh = Math.ceil((c.H - c.kh) / c.sh) + 1;
      const ow = Math.ceil((c.W - c.kw) / c.sw) + 1;
      if ((oh - 1) * c.sh >= c.H || (ow - 1) * c.sw >= c.W) continue; // the core drops such windows, as PyTorch
      const x = new Float64Array(c.C * c.H * c.W).map(() => rand() * 2 - 1);
      const opts = { size: [c.kh, c.kw] as [number, number], stride: [c.sh, c.sw] as [number, number], ceilMode: true };
      compare('max', c, maxPool2d({ shape: [c.C, c.H, c.W], data: x }, opts), reference('max', c, x, true));
      compare('avg', c, avgPool2d({ shape: [c.C, c.H, c.W], data: x }, opts), reference('avg', c, x, true));
      compared++;
    }
    expect(compared).toBeGreaterThan(50);
  });
});
