// Traces: every step is complete and reproduces its output cell exactly.
import { describe, expect, it } from 'vitest';
import { conv2d, convSteps, fromRows, maxPool2d, avgPool2d, poolSteps, tensor, type Padding, type Tensor } from '../../src/core';
import { mulberry32, randInt } from './helpers';

const rand = mulberry32(99);
const randomTensor = (shape: number[]): Tensor =>
  tensor(shape, Array.from({ length: shape.reduce((a, b) => a * b, 1) }, () => Math.round((rand() * 2 - 1) * 100) / 100));

describe('convSteps reproduces conv2d cell by cell', () => {
  const paddings: Padding[] = ['valid', 'same', 'full', 1, [0, 2, 1, 0]];
  const cases = Array.from({ length: 40 }, (_, i) => ({
    C: randInt(rand, 1, 3),
    H: randInt(rand, 5, 9),
    W: randInt(rand, 5, 9),
    K: randInt(rand, 1, 3),
    kh: randInt(rand, 1, 3),
    kw: randInt(rand, 1, 3),
    stride: [randInt(rand, 1, 2), randInt(rand, 1, 3)] as [number, number],
    dilation: [randInt(rand, 1, 2), randInt(rand, 1, 2)] as [number, number],
    padding: paddings[i % paddings.length],
    padValue: i % 7 === 0 ? 0.5 : 0,
  }));
  it.each(cases.map((c) => [JSON.stringify(c), c] as const))('convSteps %s', (_name, c) => {
    const x = randomTensor([c.C, c.H, c.W]);
    const w = randomTensor([c.K, c.C, c.kh, c.kw]);
    const bias = Array.from({ length: c.K }, () => Math.round(rand() * 10) / 10);
    const opts = { stride: c.stride, dilation: c.dilation, padding: c.padding, padValue: c.padValue, bias };
    const t = convSteps(x, w, opts);
    const out = conv2d(x, w, opts);
    expect(t.output).toEqual(out);
    expect(t.steps).toHaveLength(out.data.length);
    const [K, outH, outW] = t.outShape;
    const [, Hp, Wp] = t.padded.shape;
    expect(Hp).toBe(c.H + t.pads.top + t.pads.bottom);
    expect(Wp).toBe(c.W + t.pads.left + t.pads.right);
    t.steps.forEach((s, i) => {
      // output order: filter, row, column
      expect([s.index, s.k, s.row, s.col, s.outIndex]).toEqual([i, Math.floor(i / (outH * outW)), Math.floor(i / outW) % outH, i % outW, i]);
      expect(s.result).toBe(out.data[s.outIndex]);
      expect(s.result).toBe(s.sum + s.bias);
      expect(s.bias).toBe(bias[s.k]);
      expect(s.origin).toEqual({ row: s.row * c.stride[0], col: s.col * c.stride[1] });
      expect(s.inputOrigin).toEqual({ row: s.origin.row - t.pads.top, col: s.origin.col - t.pads.left });
      expect(s.rows).toEqual(Array.from({ length: c.kh }, (_, a) => s.origin.row + a * c.dilation[0]));
      expect(s.cols).toEqual(Array.from({ length: c.kw }, (_, b) => s.origin.col + b * c.dilation[1]));
      let total = 0;
      for (let ch = 0; ch < c.C; ch++) {
        let chSum = 0;
        for (let a = 0; a < c.kh; a++)
          for (let b = 0; b < c.kw; b++) {
            const cell = (ch * c.kh + a) * c.kw + b;
            const r = s.rows[a];
            const q = s.cols[b];
            const isPad = r < t.pads.top || r >= t.pads.top + c.H || q < t.pads.left || q >= t.pads.left + c.W;
            expect(s.isPadding[a * c.kw + b]).toBe(isPad);
            expect(s.patch.data[cell]).toBe(isPad ? c.padValue : x.data[(ch * c.H + r - t.pads.top) * c.W + q - t.pads.left]);
            expect(s.patch.data[cell]).toBe(t.padded.data[(ch * Hp + r) * Wp + q]);
            expect(s.kernel.data[cell]).toBe(w.data[((s.k * c.C + ch) * c.kh + a) * c.kw + b]);
            expect(s.products.data[cell]).toBe(s.patch.data[cell] * s.kernel.data[cell] + 0);
            chSum += s.products.data[cell];
          }
        expect(s.channelSums[ch]).toBeCloseTo(chSum, 12);
        total += s.channelSums[ch];
      }
      expect(s.sum).toBeCloseTo(total, 12);
      expect(s.k).toBeLessThan(K);
    });
  });
  it('the trace keeps the arguments: input [C,H,W], weights [K,C,kh,kw], bias, stride, dilation', () => {
    const t = convSteps(fromRows([[1, 2], [3, 4]]), fromRows([[1]]), { bias: 0.5 });
    expect(t.input.shape).toEqual([1, 2, 2]);
    expect(t.weights.shape).toEqual([1, 1, 1, 1]);
    expect(t.bias).toEqual([0.5]);
    expect([t.stride, t.dilation, t.padValue]).toEqual([[1, 1], [1, 1], 0]);
    expect(t.output.shape).toEqual([2, 2]);
    expect(t.outShape).toEqual([1, 2, 2]);
    expect(t.steps.map((s) => s.result)).toEqual([1.5, 2.5, 3.5, 4.5]);
  });
  it('products of padding cells are 0, never −0', () => {
    const t = convSteps(fromRows([[1]]), fromRows([[-1, -1], [-1, -1]]), { padding: 1 });
    for (const s of t.steps) for (const p of s.products.data) if (p === 0) expect(Object.is(p, -0)).toBe(false);
  });
});

describe('poolSteps reproduces maxPool2d / avgPool2d cell by cell', () => {
  const paddings: Padding[] = ['valid', 'same', 1, [0, 1, 1, 0]];
  const cases = Array.from({ length: 40 }, (_, i) => ({
    kind: (i % 2 === 0 ? 'max' : 'avg') as 'max' | 'avg',
    C: randInt(rand, 1, 3),
    H: randInt(rand, 4, 9),
    W: randInt(rand, 4, 9),
    size: [randInt(rand, 2, 3), randInt(rand, 2, 3)] as [number, number],
    stride: [randInt(rand, 1, 3), randInt(rand, 1, 3)] as [number, number],
    padding: paddings[Math.floor(i / 2) % paddings.length],
    ceilMode: i % 3 === 0,
  }));
  it.each(cases.map((c) => [JSON.stringify(c), c] as const))('poolSteps %s', (_name, c) => {
    const x = randomTensor([c.C, c.H, c.W]);
    const t = poolSteps(x, c);
    const out = c.kind === 'max' ? maxPool2d(x, c) : avgPool2d(x, c);
    expect(t.output).toEqual(out);
    expect(t.steps).toHaveLength(out.data.length);
    const [, Hp, Wp] = t.padded.shape;
    t.steps.forEach((s, i) => {
      expect(s.index).toBe(i);
      expect(s.result).toBe(out.data[s.outIndex]);
      const real: number[] = [];
      s.isPadding.forEach((isPad, cell) => {
        const r = s.rows[Math.floor(cell / c.size[1])];
        const q = s.cols[cell % c.size[1]];
        const ir = r - t.pads.top;
        const iq = q - t.pads.left;
        expect(isPad).toBe(!(ir >= 0 && ir < c.H && iq >= 0 && iq < c.W));
        if (isPad) expect(s.patch.data[cell]).toBeNaN();
        else {
          expect(s.patch.data[cell]).toBe(x.data[(s.c * c.H + ir) * c.W + iq]);
          real.push(s.patch.data[cell]);
        }
        if (r < Hp && q < Wp) expect(Object.is(t.padded.data[(s.c * Hp + r) * Wp + q], s.patch.data[cell])).toBe(true);
      });
      expect(s.count).toBe(real.length);
      expect(real.length).toBeGreaterThan(0);
      if (c.kind === 'max') {
        expect(s.result).toBe(Math.max(...real));
        expect(s.sum).toBeNull();
        const a = s.argmax!;
        expect(x.data[(s.c * c.H + a.row) * c.W + a.col]).toBe(s.result);
        expect(s.patch.data[s.argmaxIndex!]).toBe(s.result);
      } else {
        expect(s.argmax).toBeNull();
        expect(s.sum).toBeCloseTo(real.reduce((p, v) => p + v, 0), 12);
        expect(s.result).toBe(s.sum! / s.count);
      }
    });
  });
  it('ceilMode: a 5×5 grid with 2×2 windows gives 3×3; the last windows use only the real cells', () => {
    const g = tensor([5, 5], Array.from({ length: 25 }, (_, i) => i));
    const t = poolSteps(g, { kind: 'avg', size: 2, ceilMode: true });
    expect(t.outShape).toEqual([1, 3, 3]);
    expect(t.padded.shape).toEqual([1, 6, 6]);
    expect(t.steps.map((s) => s.count)).toEqual([4, 4, 2, 4, 4, 2, 2, 2, 1]);
    expect(t.steps[8].result).toBe(24);
    expect(t.steps[8].isPadding).toEqual([false, true, true, true]);
    expect(maxPool2d(g, { size: 2, ceilMode: true }).data).toEqual(new Float64Array([6, 8, 9, 16, 18, 19, 21, 23, 24]));
  });
  it("max pooling with padding never picks a padding cell, even when every real value is negative", () => {
    const g = tensor([2, 2], [-5, -4, -3, -2]);
    const t = poolSteps(g, { kind: 'max', size: 2, stride: 1, padding: 1 });
    expect(t.steps.map((s) => s.result)).toEqual([-5, -4, -4, -3, -2, -2, -3, -2, -2]);
  });
});
