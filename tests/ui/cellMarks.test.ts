import { describe, expect, it } from 'vitest';
import { markPinnedAndCurrent } from '../../src/ui/cellMarks';

describe('markPinnedAndCurrent', () => {
  it('the pointed-at cell wins over the current one; other cells are unmarked', () => {
    const mark = markPinnedAndCurrent({ row: 0, col: 1 }, { row: 2, col: 2 });
    expect(mark(2, 2)).toBe('is-pinned');
    expect(mark(0, 1)).toBe('is-current');
    expect(mark(1, 1)).toBeUndefined();
    expect(markPinnedAndCurrent({ row: 1, col: 1 }, { row: 1, col: 1 })(1, 1)).toBe('is-pinned');
    expect(markPinnedAndCurrent(undefined, null)(0, 0)).toBeUndefined();
  });
});
