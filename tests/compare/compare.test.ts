import { describe, expect, it } from 'vitest';
import { formatModelRef, parseModelRef, readCompareLink } from '../../src/compare/compareLink';
import { accuracy, disagreements, inputMismatch, split } from '../../src/compare/disagreements';

describe('compare link', () => {
  it('a shipped name, a saved name, saved:<name>, file; malformed values are ignored', () => {
    expect(parseModelRef('lenet5-3x3')).toEqual({ kind: 'shipped', name: 'lenet5-3x3' });
    expect(parseModelRef('my-net_2')).toEqual({ kind: 'saved', name: 'my-net_2' });
    expect(parseModelRef('saved:lenet5')).toEqual({ kind: 'saved', name: 'lenet5' });
    expect(parseModelRef('file')).toEqual({ kind: 'file' });
    expect(parseModelRef('<bad>')).toBeUndefined();
    expect(formatModelRef({ kind: 'saved', name: 'lenet5' })).toBe('saved:lenet5');
    expect(formatModelRef({ kind: 'saved', name: 'mine' })).toBe('mine');
    const link = readCompareLink({ a: '<bad>', b: 'gap-cam', testlimit: '0' });
    expect(link.a).toEqual({ kind: 'shipped', name: 'lenet5' });
    expect(link.b).toEqual({ kind: 'shipped', name: 'gap-cam' });
    expect(link.testlimit).toBe(10000);
    expect(link.ignored.map((i) => i.key)).toEqual(['a', 'testlimit']);
  });
});

describe('disagreements', () => {
  it('disagreements([7,2,1,4], [7,3,1,9], labels [7,2,1,5]): indices 1 and 3, split A-right 1, both wrong 1', () => {
    const d = disagreements([7, 2, 1, 4], [7, 3, 1, 9], [7, 2, 1, 5]);
    expect(d).toEqual([{ index: 1, label: 2, a: 2, b: 3 }, { index: 3, label: 5, a: 4, b: 9 }]);
    expect(split(d)).toEqual({ aRight: 1, bRight: 0, bothWrong: 1 });
    expect(accuracy([7, 2, 1, 4], [7, 2, 1, 5])).toBe(0.75);
  });
  it('different lengths and input shapes are named', () => {
    expect(() => disagreements([1], [1, 2], [1, 2])).toThrow(RangeError);
    expect(inputMismatch([null, 28, 28, 1], [null, 28, 28, 1])).toBeNull();
    expect(inputMismatch([null, 28, 28, 1], [null, 32, 32, 3])).toBe('the models take [null, 28, 28, 1] and [null, 32, 32, 3]');
  });
});
