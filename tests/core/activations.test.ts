// ReLU, sigmoid, tanh, softmax and dense.
import { describe, expect, it } from 'vitest';
import { dense, fromRows, relu, sigmoid, softmax, tanh, tensor, toRows } from '../../src/core';

describe('element-wise activations', () => {
  it('relu [-2,-0.5,0,0.5,3] → [0,0,0,0.5,3], shape kept', () => {
    const out = relu(tensor([1, 5], [-2, -0.5, 0, 0.5, 3]));
    expect(out.shape).toEqual([1, 5]);
    expect(Array.from(out.data)).toEqual([0, 0, 0, 0.5, 3]);
  });
  it('relu never returns −0', () => {
    expect(Object.is(relu(tensor([1], [-0])).data[0], 0)).toBe(true);
  });
  it('sigmoid(0) = 0.5, symmetric, and stable at ±1000', () => {
    const out = sigmoid(tensor([5], [0, 2, -2, 1000, -1000]));
    expect(out.data[0]).toBe(0.5);
    expect(out.data[1] + out.data[2]).toBeCloseTo(1, 15);
    expect(out.data[3]).toBe(1);
    expect(out.data[4]).toBe(0);
    expect(Array.from(out.data).every(Number.isFinite)).toBe(true);
  });
  it('tanh [0, 1, -1, ±Infinity]', () => {
    expect(Array.from(tanh(tensor([5], [0, 1, -1, Infinity, -Infinity])).data)).toEqual([
      0,
      Math.tanh(1),
      -Math.tanh(1),
      1,
      -1,
    ]);
  });
  it('the activations do not write into their input', () => {
    const x = tensor([2], [-1, 1]);
    relu(x);
    sigmoid(x);
    tanh(x);
    expect(Array.from(x.data)).toEqual([-1, 1]);
  });
});

describe('softmax', () => {
  it('sums to 1', () => {
    const p = softmax(tensor([4], [1, 2, 3, 4]));
    expect(p.data.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 15);
    expect(Array.from(p.data)).toEqual([...p.data].sort((a, b) => a - b));
  });
  it('[1000, 1001] survives: [0.2689…, 0.7310…] (no overflow)', () => {
    const p = softmax(tensor([2], [1000, 1001]));
    expect(p.data[0]).toBeCloseTo(1 / (1 + Math.E), 15);
    expect(p.data[1]).toBeCloseTo(Math.E / (1 + Math.E), 15);
    expect(p.data[0] + p.data[1]).toBeCloseTo(1, 15);
  });
  it('[-1000, -1001] and [1e308, 0] survive too', () => {
    const a = softmax(tensor([2], [-1000, -1001]));
    expect(a.data[0]).toBeCloseTo(Math.E / (1 + Math.E), 15);
    const b = softmax(tensor([2], [1e308, 0]));
    expect(Array.from(b.data)).toEqual([1, 0]);
  });
  it('is unchanged by adding a constant', () => {
    const a = softmax(tensor([3], [0.1, 0.2, 0.3]));
    const b = softmax(tensor([3], [100.1, 100.2, 100.3]));
    a.data.forEach((v, i) => expect(v).toBeCloseTo(b.data[i], 12));
  });
  it('-Infinity gets probability 0', () => {
    expect(Array.from(softmax(tensor([3], [-Infinity, 0, 0])).data)).toEqual([0, 0.5, 0.5]);
  });
  it('[N, n] gives one distribution per row', () => {
    const p = softmax(fromRows([[0, 0], [0, Math.log(3)]]));
    expect(p.shape).toEqual([2, 2]);
    expect(toRows(p)[0]).toEqual([0.5, 0.5]);
    expect(toRows(p)[1][0]).toBeCloseTo(0.25, 15);
    expect(toRows(p)[1][1]).toBeCloseTo(0.75, 15);
  });
});

describe('dense: y = x·W + b with W as [in, out]', () => {
  it('x=[2] W=[2,3] b=[3] → [3]', () => {
    const W = fromRows([
      [1, 0, 2],
      [0, 1, 3],
    ]);
    const y = dense(tensor([2], [10, 20]), W, tensor([3], [0.5, 0, 0]));
    expect(y.shape).toEqual([3]);
    expect(Array.from(y.data)).toEqual([10.5, 20, 80]);
  });
  it('W[i][o] connects input i to output o (checked against the sum written out)', () => {
    const x = [1, 2, 3];
    const Wr = [
      [1, 2],
      [3, 4],
      [5, 6],
    ];
    const y = dense(tensor([3], x), fromRows(Wr), [0.25, -1]);
    expect(Array.from(y.data)).toEqual([0, 1].map((o) => x.reduce((s, xi, i) => s + xi * Wr[i][o], 0) + [0.25, -1][o]));
  });
  it('a batch [N, in] → [N, out]; no bias → zeros', () => {
    const y = dense(fromRows([[1, 0], [0, 1], [1, 1]]), fromRows([[2, 3], [5, 7]]));
    expect(toRows(y)).toEqual([
      [2, 3],
      [5, 7],
      [7, 10],
    ]);
  });
  it('L25 XOR with ReLU hidden units: a1 = ReLU(0.5x1 − 0.5x2), a2 = ReLU(−0.5x1 + 0.5x2), y = 2a1 + 2a2', () => {
    const W1 = fromRows([
      [0.5, -0.5],
      [-0.5, 0.5],
    ]);
    const W2 = fromRows([[2], [2]]);
    const X = fromRows([[0, 0], [0, 1], [1, 0], [1, 1]]);
    const hidden = relu(dense(X, W1));
    expect(toRows(hidden)).toEqual([
      [0, 0],
      [0, 0.5],
      [0.5, 0],
      [0, 0],
    ]);
    expect(Array.from(dense(hidden, W2).data)).toEqual([0, 1, 1, 0]);
  });
  it('L25 XOR with sigmoid units (weights ±20, bias −10) is within 5·10⁻⁵ of the table', () => {
    const W1 = fromRows([
      [20, -20],
      [-20, 20],
    ]);
    const X = fromRows([[0, 0], [0, 1], [1, 0], [1, 1]]);
    const a = sigmoid(dense(X, W1, [-10, -10]));
    const y = sigmoid(dense(a, fromRows([[20], [20]]), [-10]));
    [0, 1, 1, 0].forEach((want, i) => expect(Math.abs(y.data[i] - want)).toBeLessThan(5e-5));
  });
});
