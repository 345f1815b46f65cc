// The core's conv2d against tfjs's cpu backend on seeded random configurations.
// tfjs is NHWC with filters [kh, kw, in, out] and computes in float32, hence the tolerance.
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { conv2d, type Padding } from '../../src/core';
import { mulberry32, randInt } from './helpers';

const TOL = 1e-4;

beforeAll(async () => {
  await tf.setBackend('cpu');
  await tf.ready();
});

type PadMode = 'valid' | 'same' | 'sym' | 'asym';
interface Config {
  C: number;
  H: number;
  W: number;
  K: number;
  kh: number;
  kw: number;
  sh: number;
  sw: number;
  dh: number;
  dw: number;
  mode: PadMode;
  pads: [number, number, number, number];
  bias: boolean;
}

/** TensorFlow's 'same' padding for one axis, written out here independently of the core. */
function tfSame(n: number, k: number, s: number, d: number): [number, number] {
  const total = Math.max((Math.ceil(n / s) - 1) * s + (k - 1) * d + 1 - n, 0);
  return [Math.floor(total / 2), total - Math.floor(total / 2)];
}

function makeConfig(rand: () => number, i: number): Config {
  const modes: PadMode[] = ['valid', 'same', 'sym', 'asym'];
  for (;;) {
    const c: Config = {
      C: randInt(rand, 1, 4),
      H: randInt(rand, 1, 13),
      W: randInt(rand, 1, 13),
      K: randInt(rand, 1, 4),
      kh: randInt(rand, 1, 5),
      kw: randInt(rand, 1, 5),
      sh: randInt(rand, 1, 3),
      sw: randInt(rand, 1, 3),
      dh: randInt(rand, 1, 3),
      dw: randInt(rand, 1, 3),
      mode: modes[i % 4],
      pads: [0, 0, 0, 0],
      bias: rand() < 0.5,
    };
    if (i % 8 === 1) {
      // 'same' with even kernels: the extra row/column goes to the bottom/right
      c.kh = 2 * randInt(rand, 1, 2);
      c.kw = 2 * randInt(rand, 1, 2);
    }
    if (c.mode === 'sym') {
      const p = randInt(rand, 0, 3);
      c.pads = [p, p, p, p];
    } else if (c.mode === 'asym') {
      c.pads = [randInt(rand, 0, 3), randInt(rand, 0, 3), randInt(rand, 0, 3), randInt(rand, 0, 3)];
    } else if (c.mode === 'same') {
      const [t, b] = tfSame(c.H, c.kh, c.sh, c.dh);
      const [l, r] = tfSame(c.W, c.kw, c.sw, c.dw);
      c.pads = [t, b, l, r];
    }
    const effH = (c.kh - 1) * c.dh + 1;
    const effW = (c.kw - 1) * c.dw + 1;
    if (effH <= c.H + c.pads[0] + c.pads[1] && effW <= c.W + c.pads[2] + c.pads[3]) return c;
  }
}

function label(c: Config): string {
  const pad = c.mode === 'valid' || c.mode === 'same' ? c.mode : `[${c.pads.join(',')}]`;
  return `x=[${c.C},${c.H},${c.W}] f=[${c.K},${c.C},${c.kh},${c.kw}] s=[${c.sh},${c.sw}] d=[${c.dh},${c.dw}] p=${pad}`;
}

/** tfjs reference, returned as [K, outH, outW]. tfjs refuses stride > 1 together with dilation > 1,
 *  so then it runs at stride 1 with the same explicit padding and keeps every s-th row/column. */
function reference(c: Config, x: Float64Array, w: Float64Array, b: Float64Array): { shape: number[]; data: Float64Array } {
  const both = (c.sh > 1 || c.sw > 1) && (c.dh > 1 || c.dw > 1);
  const full = tf.tidy(() => {
    const xt = tf.tensor3d(Float32Array.from(x), [c.C, c.H, c.W]).transpose([1, 2, 0]).expandDims(0) as tf.Tensor4D;
    const wt = tf.tensor4d(Float32Array.from(w), [c.K, c.C, c.kh, c.kw]).transpose([2, 3, 1, 0]) as tf.Tensor4D;
    const explicit: [[number, number], [number, number], [number, number], [number, number]] = [
      [0, 0],
      [c.pads[0], c.pads[1]],
      [c.pads[2], c.pads[3]],
      [0, 0],
    ];
    const pad = c.mode === 'valid' || (c.mode === 'same' && !both) ? c.mode : explicit;
    const stride: [number, number] = both ? [1, 1] : [c.sh, c.sw];
    const y = tf.conv2d(xt, wt, stride, pad, 'NHWC', [c.dh, c.dw]).add(tf.tensor1d(Float32Array.from(b)));
    return y.transpose([0, 3, 1, 2]).squeeze([0]) as tf.Tensor3D;
  });
  const [K, fh, fw] = full.shape;
  const fd = full.dataSync();
  full.dispose();
  if (!both) return { shape: [K, fh, fw], data: Float64Array.from(fd) };
  const oh = Math.floor((fh - 1) / c.sh) + 1;
  const ow = Math.floor((fw - 1) / c.sw) + 1;
  const data = new Float64Array(K * oh * ow);
  for (let k = 0; k < K; k++)
    for (let r = 0; r < oh; r++)
      for (let q = 0; q < ow; q++) data[(k * oh + r) * ow + q] = fd[(k * fh + r * c.sh) * fw + q * c.sw];
  return { shape: [K, oh, ow], data };
}

function toPadding(c: Config): Padding {
  if (c.mode === 'valid' || c.mode === 'same') return c.mode;
  return c.mode === 'sym' ? c.pads[0] : c.pads;
}

interface Case {
  c: Config;
  x: Float64Array;
  w: Float64Array;
  b: Float64Array;
}

const N = 600;
const rand = mulberry32(20240611);
const cases: Case[] = Array.from({ length: N }, (_, i) => {
  const c = makeConfig(rand, i);
  return {
    c,
    x: new Float64Array(c.C * c.H * c.W).map(() => rand() * 2 - 1),
    w: new Float64Array(c.K * c.C * c.kh * c.kw).map(() => rand() * 2 - 1),
    b: new Float64Array(c.K).map(() => (c.bias ? rand() * 2 - 1 : 0)),
  };
});

describe(`conv2d agrees with tfjs-cpu on ${N} seeded random configurations`, () => {
  it.each(cases.map((k, i) => [i, label(k.c), k] as const))('#%i conv2d %s', (_i, _label, { c, x, w, b }) => {
    const ours = conv2d({ shape: [c.C, c.H, c.W], data: x }, { shape: [c.K, c.C, c.kh, c.kw], data: w }, {
      stride: [c.sh, c.sw],
      dilation: [c.dh, c.dw],
      padding: toPadding(c),
      bias: b,
    });
    const ref = reference(c, x, w, b);
    expect(ours.shape).toEqual(ref.shape);
    for (let j = 0; j < ref.data.length; j++) {
      if (Math.abs(ours.data[j] - ref.data[j]) > TOL) expect.fail(`cell ${j} is ${ours.data[j]}, tfjs says ${ref.data[j]}`);
    }
  });

  it('the configurations cover every padding mode, even kernels with same, stride with dilation', () => {
    const count = (f: (c: Config) => boolean) => cases.filter((k) => f(k.c)).length;
    expect(count((c) => c.mode === 'valid')).toBeGreaterThan(100);
    expect(count((c) => c.mode === 'same')).toBeGreaterThan(100);
    expect(count((c) => c.mode === 'sym' && c.pads[0] > 0)).toBeGreaterThan(50);
    expect(count((c) => c.mode === 'asym' && new Set(c.pads).size > 1)).toBeGreaterThan(100);
    expect(count((c) => c.mode === 'same' && (c.kh % 2 === 0 || c.kw % 2 === 0))).toBeGreaterThan(50);
    expect(count((c) => c.kh !== c.kw)).toBeGreaterThan(200);
    expect(count((c) => (c.sh > 1 || c.sw > 1) && (c.dh > 1 || c.dw > 1))).toBeGreaterThan(100);
    expect(count((c) => c.C === 4) * count((c) => c.sh === 3) * count((c) => c.dw === 3)).toBeGreaterThan(0);
  });

  it('no tfjs tensor is left behind', () => {
    expect(tf.memory().numTensors).toBe(0);
  });
});
