// Tensor helpers: tensor, fromRows, toRows, get, sizeOf, pad.
import { describe, expect, it } from 'vitest';
import { fromRows, get, pad, sizeOf, tensor, toRows } from '../../src/core';

describe('tensor helpers', () => {
  it('tensor([2,3], data) copies the data into a Float64Array', () => {
    const data = [1, 2, 3, 4, 5, 6];
    const t = tensor([2, 3], data);
    expect(t.shape).toEqual([2, 3]);
    expect(t.data).toBeInstanceOf(Float64Array);
    data[0] = 99;
    expect(t.data[0]).toBe(1);
  });
  it('tensor(shape) without data is zeros; the scalar shape [] holds one value', () => {
    expect(Array.from(tensor([2, 2]).data)).toEqual([0, 0, 0, 0]);
    expect(tensor([]).data.length).toBe(1);
    expect(sizeOf([3, 28, 28])).toBe(2352);
  });
  it('fromRows/toRows round trip, top row first, row-major', () => {
    const rows = [
      [1, 2, 3],
      [4, 5, 6],
    ];
    const t = fromRows(rows);
    expect(t.shape).toEqual([2, 3]);
    expect(Array.from(t.data)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(toRows(t)).toEqual(rows);
    expect(fromRows([]).shape).toEqual([0, 0]);
  });
  it('get(t, c, r, q) reads channels-first row-major', () => {
    const t = tensor([2, 2, 3], Array.from({ length: 12 }, (_, i) => i));
    expect(get(t, 1, 0, 2)).toBe(8);
    expect(get(t, 0, 1, 0)).toBe(3);
    expect(get({ shape: [2], data: [5, 6] }, 1)).toBe(6);
  });
  it('pad keeps the rank of [C,H,W] and [H,W] and pads every channel', () => {
    const p = pad(tensor([2, 1, 1], [1, 2]), [1, 0, 0, 2], 9);
    expect(p.shape).toEqual([2, 2, 3]);
    expect(Array.from(p.data)).toEqual([9, 9, 9, 1, 9, 9, 9, 9, 9, 2, 9, 9]);
    expect(toRows(pad(fromRows([[1, 2], [3, 4]]), 1))).toEqual([
      [0, 0, 0, 0],
      [0, 1, 2, 0],
      [0, 3, 4, 0],
      [0, 0, 0, 0],
    ]);
  });
});
