// @vitest-environment jsdom
// pooling view: the lecture's numbers in data-value (L21: 8 9 / 4 3, 9 8 / 19 8, 6 8 / 3 4; L22: 3×3/1
// on the 5×5 grid; L23: 4.0 4.5 / 2.0 1.5, GAP 3.0, global max 9, pooling = convolution with ¼; ceil
// mode 2×2 vs 3×3) and controls that change the trace and the link.
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import '../../src/i18n';
import { i18n } from '../../src/i18n';
import { useStore } from '../../src/state/store';
import Pooling from '../../src/lessons/pooling';

const go = (hash: string) => act(() => useStore.getState().syncFromHash(hash));
const grid = (role: string) => {
  const rows: number[][] = [];
  for (const e of Array.from(screen.getByTestId(`grid-${role}`).querySelectorAll('[data-value]'))) {
    (rows[Number(e.getAttribute('data-row'))] ??= [])[Number(e.getAttribute('data-col'))] = Number(e.getAttribute('data-value'));
  }
  return rows;
};

beforeEach(async () => {
  await i18n.changeLanguage('en');
  go('#/lesson/pooling');
});
afterEach(cleanup);

describe('pooling view', () => {
  it('grid (a): the first window keeps 8, marked as the maximum', () => {
    render(<Pooling />);
    expect(screen.getByTestId('step-index').textContent).toBe('1 / 4');
    expect(screen.getByTestId('sum')).toHaveAttribute('data-value', '8');
    const max = screen.getByTestId('grid-input').querySelector('.is-max');
    expect(max).toHaveAttribute('data-row', '1');
    expect(max).toHaveAttribute('data-col', '0');
    expect(screen.getByRole('math', { name: 'max(3, 1, 8, 4) = 8' })).toBeInTheDocument();
  });

  it.each([
    ['a', [[8, 9], [4, 3]]],
    ['b', [[9, 8], [19, 8]]],
    ['c', [[6, 8], [3, 4]]],
  ])('grid (%s), 2×2 stride 2, last step', (g, expected) => {
    go(`#/lesson/pooling?grid=${g}&step=3`);
    render(<Pooling />);
    expect(grid('output')).toEqual(expected);
  });

  it('5×5 grid, 3×3 stride 1: nine overlapping windows, the one 2', () => {
    go('#/lesson/pooling?grid=conv-arith&step=8');
    render(<Pooling />);
    expect(grid('output')).toEqual([[3, 3, 3], [3, 3, 3], [3, 2, 3]]);
    expect(screen.getByRole('tab', { name: 'Animation grid 5×5: 3×3, stride 1' })).toHaveAttribute('aria-selected', 'true');
  });

  it('average pooling of (a): 4 4.5 / 2 1.5, equal to the stride-2 convolution with ¼', () => {
    go('#/lesson/pooling?kind=avg&step=3');
    render(<Pooling />);
    expect(grid('output')).toEqual([[4, 4.5], [2, 1.5]]);
    expect(grid('kernel')).toEqual([[0.25, 0.25], [0.25, 0.25]]);
    expect(grid('conv')).toEqual([[4, 4.5], [2, 1.5]]);
    expect(screen.getByTestId('conv-equal')).toHaveAttribute('data-value', 'true');
  });

  it('global: 48 / 16 = 3.0; a global max would be 9', () => {
    go('#/lesson/pooling?kind=avg&global=1');
    render(<Pooling />);
    expect(grid('output')).toEqual([[3]]);
    expect(screen.getByTestId('global-avg')).toHaveAttribute('data-value', '3');
    expect(screen.getByTestId('global-max')).toHaveAttribute('data-value', '9');
    expect(screen.getByTestId('global-avg').textContent).toMatch(/48 \/ 16 = 3\.0/);
  });

  it('ceil mode on the 5×5 grid with 2×2/2: floor 2×2, ceil 3×3', () => {
    go('#/lesson/pooling?grid=conv-arith&size=2&stride=2&ceil=1&step=8');
    render(<Pooling />);
    expect(screen.getByTestId('output-size')).toHaveAttribute('data-value', '3');
    expect(screen.getByTestId('output-size')).toHaveAttribute('data-shape', '3,3');
    expect(screen.getByTestId('output-size')).toHaveAttribute('data-exact', '2.5');
    expect(screen.getByTestId('ceil-compare')).toHaveAttribute('data-value', '2x2|3x3');
    expect(grid('output')[2][2]).toBe(1);
    expect(screen.getByText(/only the real cells count \(1 of 4\)/)).toBeInTheDocument();
  });

  it('controls: choosing average writes kind=avg; a window too big is refused next to its field', () => {
    render(<Pooling />);
    fireEvent.change(screen.getByTestId('kind'), { target: { value: 'avg' } });
    expect(useStore.getState().route.params.kind).toBe('avg');
    expect(screen.getByTestId('sum')).toHaveAttribute('data-value', '4');
    fireEvent.change(screen.getByTestId('size'), { target: { value: '5' } });
    expect(screen.getByTestId('size-error')).toHaveAttribute('role', 'alert');
    expect(useStore.getState().route.params.size).toBeUndefined();
    fireEvent.change(screen.getByTestId('stride'), { target: { value: '1' } });
    expect(useStore.getState().route.params.stride).toBe('1');
    expect(screen.getByTestId('step-index').textContent).toBe('1 / 9');
  });

  it('shift: the grid moved one pixel left, 14 of 16 inputs and 3 of 4 pooled values change', () => {
    go('#/lesson/pooling?shift=1');
    render(<Pooling />);
    expect(screen.getByTestId('shift-counts')).toHaveAttribute('data-value', '14|3');
    expect(grid('shifted-output')).toEqual([[9, 4], [4, 1]]);
  });

  it('bad link values are ignored with a message', () => {
    go('#/lesson/pooling?grid=zz&kind=median&size=abc');
    render(<Pooling />);
    expect(screen.getByTestId('ignored-grid')).toHaveAttribute('role', 'alert');
    expect(screen.getByTestId('ignored-kind')).toBeInTheDocument();
    expect(screen.getByTestId('ignored-size')).toBeInTheDocument();
    expect(screen.getByTestId('sum')).toHaveAttribute('data-value', '8');
  });

  it('a window that cannot fit this grid (size=5 on a 4×4) falls back to the lecture\'s setting with a message', () => {
    go('#/lesson/pooling?size=5');
    render(<Pooling />);
    expect(screen.getByTestId('pool-error')).toHaveAttribute('role', 'alert');
    expect(screen.getByTestId('output-size')).toHaveAttribute('data-value', '2');
  });
});
