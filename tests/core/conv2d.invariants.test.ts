// Invariants of conv2d that hold for any numbers (seeded random kernels and images).
import { describe, expect, it } from 'vitest';
import { conv2d, pad, resolvePadding, tensor, toRows, type Tensor } from '../../src/core';
import { mulberry32, randInt } from './helpers';

const rand = mulberry32(42);
const randomTensor = (shape: number[]): Tensor =>
  tensor(shape, Array.from({ length: shape.reduce((a, b) => a * b, 1) }, () => randInt(rand, -5, 5)));

/** The kernel rotated by 180°: [K, C, kh, kw] → w[k][c][kh-1-i][kw-1-j]. */
function rotate180(w: Tensor): Tensor {
  const [K, C, kh, kw] = w.shape;
  const out = tensor(w.shape);
  for (let k = 0; k < K * C; k++)
    for (let i = 0; i < kh; i++)
      for (let j = 0; j < kw; j++) out.data[(k * kh + i) * kw + j] = w.data[(k * kh + kh - 1 - i) * kw + kw - 1 - j];
  return out;
}

describe('a unit impulse returns the kernel rotated by 180°', () => {
  it.each([
    [1, 1],
    [3, 3],
    [2, 5],
    [4, 1],
    [5, 4],
  ])('conv2d x=[1,1] (one 1) f=[%i,%i] p=full → the rotated kernel', (kh, kw) => {
    const w = randomTensor([1, 1, kh, kw]);
    const out = conv2d(tensor([1, 1, 1], [1]), w, { padding: 'full' });
    expect(out.shape).toEqual([1, kh, kw]);
    expect(Array.from(out.data)).toEqual(Array.from(rotate180(w).data));
  });
  it('conv2d x=[2,7,8] impulse at (1,3,4) f=[3,2,3,3] p=same: each filter shows its channel-1 slice rotated', () => {
    const x = tensor([2, 7, 8]);
    x.data[(1 * 7 + 3) * 8 + 4] = 1;
    const w = randomTensor([3, 2, 3, 3]);
    const out = conv2d(x, w, { padding: 'same' });
    const rot = rotate180(w);
    for (let k = 0; k < 3; k++)
      for (let i = 0; i < 3; i++)
        for (let j = 0; j < 3; j++)
          expect(out.data[(k * 7 + 2 + i) * 8 + 3 + j]).toBe(rot.data[((k * 2 + 1) * 3 + i) * 3 + j]);
    // and zero everywhere else
    const nonzero = Array.from(out.data).filter((v) => v !== 0).length;
    expect(nonzero).toBe(Array.from(rot.data).filter((_, t) => Math.floor(t / 9) % 2 === 1 && rot.data[t] !== 0).length);
  });
});

describe('stride s equals stride 1 subsampled every s rows/columns', () => {
  it.each([
    [2, 2, 'valid'],
    [2, 3, 'valid'],
    [3, 1, 1],
    [2, 2, [0, 2, 1, 0]],
  ] as const)('conv2d x=[2,11,10] f=[2,2,3,4] s=[%i,%i] p=%s', (sh, sw, padding) => {
    const x = randomTensor([2, 11, 10]);
    const w = randomTensor([2, 2, 3, 4]);
    const one = conv2d(x, w, { padding });
    const strided = conv2d(x, w, { padding, stride: [sh, sw] });
    const [K, h1, w1] = one.shape;
    const [, hs, ws] = strided.shape;
    expect(hs).toBe(Math.floor((h1 - 1) / sh) + 1);
    expect(ws).toBe(Math.floor((w1 - 1) / sw) + 1);
    for (let k = 0; k < K; k++)
      for (let r = 0; r < hs; r++)
        for (let q = 0; q < ws; q++)
          expect(strided.data[(k * hs + r) * ws + q]).toBe(one.data[(k * h1 + r * sh) * w1 + q * sw]);
  });
});

describe('dilation d equals a zero-stuffed kernel', () => {
  it.each([
    [2, 2],
    [3, 1],
    [1, 2],
    [2, 3],
  ])('conv2d x=[3,12,12] f=[2,3,3,2] d=[%i,%i] = the kernel with d−1 zeros between cells', (dh, dw) => {
    const x = randomTensor([3, 12, 12]);
    const w = randomTensor([2, 3, 3, 2]);
    const [K, C, kh, kw] = w.shape;
    const sh = (kh - 1) * dh + 1;
    const sw = (kw - 1) * dw + 1;
    const stuffed = tensor([K, C, sh, sw]);
    for (let kc = 0; kc < K * C; kc++)
      for (let i = 0; i < kh; i++)
        for (let j = 0; j < kw; j++) stuffed.data[(kc * sh + i * dh) * sw + j * dw] = w.data[(kc * kh + i) * kw + j];
    expect(conv2d(x, w, { dilation: [dh, dw], padding: 1 })).toEqual(conv2d(x, stuffed, { padding: 1 }));
  });
});

describe('channels, bias, shapes', () => {
  it('a multi-channel filter is the sum of its single-channel convolutions plus one bias', () => {
    const x = randomTensor([3, 6, 7]);
    const w = randomTensor([1, 3, 3, 3]);
    const whole = conv2d(x, w, { bias: 5 });
    const parts = [0, 1, 2].map((c) =>
      conv2d(tensor([6, 7], x.data.slice(c * 42, (c + 1) * 42)), tensor([3, 3], w.data.slice(c * 9, (c + 1) * 9))),
    );
    expect(Array.from(whole.data)).toEqual(Array.from(parts[0].data, (v, i) => v + parts[1].data[i] + parts[2].data[i] + 5));
  });
  it('[H,W] input with [kh,kw] kernel → [outH,outW]; [C,kh,kw] kernel → [outH,outW]; [K,C,kh,kw] → [K,outH,outW]', () => {
    const x2 = randomTensor([5, 6]);
    const k2 = randomTensor([3, 3]);
    const out2 = conv2d(x2, k2);
    expect(out2.shape).toEqual([3, 4]);
    const x3 = tensor([1, 5, 6], x2.data);
    expect(conv2d(x3, tensor([1, 3, 3], k2.data)).data).toEqual(out2.data);
    const out4 = conv2d(x3, tensor([1, 1, 3, 3], k2.data));
    expect(out4.shape).toEqual([1, 3, 4]);
    expect(out4.data).toEqual(out2.data);
    expect(conv2d(x2, tensor([1, 1, 3, 3], k2.data)).shape).toEqual([1, 3, 4]);
  });
  it('padValue v equals pad(input, p, v) followed by a valid convolution', () => {
    const x = randomTensor([2, 5, 5]);
    const w = randomTensor([2, 2, 3, 3]);
    expect(conv2d(x, w, { padding: [1, 2, 0, 1], padValue: -1 })).toEqual(conv2d(pad(x, [1, 2, 0, 1], -1), w));
  });
  it("'same' follows TensorFlow: even kernels put the extra row/column at the bottom/right", () => {
    expect(resolvePadding('same', [4, 4], [2, 2], [1, 1])).toEqual({ top: 0, bottom: 1, left: 0, right: 1 });
    // rows: ceil(5/2) = 3 cells need (3−1)·2 + 4 = 8 rows, 3 more than 5: 1 on top, 2 at the bottom
    expect(resolvePadding('same', [5, 6], [4, 4], [2, 3])).toEqual({ top: 1, bottom: 2, left: 0, right: 1 });
    expect(resolvePadding('same', [7, 7], [3, 3], [3, 3])).toEqual({ top: 1, bottom: 1, left: 1, right: 1 });
    const x = randomTensor([1, 4, 4]);
    const w = randomTensor([1, 1, 2, 2]);
    expect(conv2d(x, w, { padding: 'same' })).toEqual(conv2d(x, w, { padding: [0, 1, 0, 1] }));
  });
  it("'same' keeps ceil(in/stride) cells, 'full' adds (k−1)·d on each side", () => {
    const x = randomTensor([1, 9, 7]);
    const w = randomTensor([1, 1, 4, 3]);
    expect(conv2d(x, w, { padding: 'same', stride: [2, 3] }).shape).toEqual([1, 5, 3]);
    expect(conv2d(x, w, { padding: 'full', dilation: 2 })).toEqual(conv2d(x, w, { padding: [6, 6, 4, 4], dilation: 2 }));
  });
  it('accepts plain arrays and Float32Array, never writes into its arguments, returns fresh Float64Array', () => {
    const data = [1, 2, 3, 4];
    const x = { shape: [2, 2], data };
    const k = { shape: [1, 1], data: new Float32Array([2]) };
    const out = conv2d(x, k);
    expect(out.data).toBeInstanceOf(Float64Array);
    expect(toRows(out)).toEqual([
      [2, 4],
      [6, 8],
    ]);
    const f64 = { shape: [2, 2], data: new Float64Array(data) };
    const same = conv2d(f64, { shape: [1, 1], data: [1] });
    expect(same.data).not.toBe(f64.data);
    same.data[0] = 99;
    expect(f64.data[0]).toBe(1);
    expect(data).toEqual([1, 2, 3, 4]);
  });
});
