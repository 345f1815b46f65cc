// @vitest-environment jsdom
// donut view: the lecture's numbers in data-value (L14: 9 failed conditions at the upper-left pixel;
// L15: −0.443 top-left, 3.65 at (6,1), the 4×4 map without padding) and controls that change the trace.
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import '../../src/i18n';
import { i18n } from '../../src/i18n';
import { useStore } from '../../src/state/store';
import Donut from '../../src/lessons/donut';

const go = (hash: string) => act(() => useStore.getState().syncFromHash(hash));
const cell = (role: string, r: number, c: number) =>
  screen.getByTestId(`grid-${role}`).querySelector(`[data-row="${r}"][data-col="${c}"]`) as HTMLElement;
const values = (role: string) =>
  Array.from(screen.getByTestId(`grid-${role}`).querySelectorAll('[data-value]')).map((e) => Number(e.getAttribute('data-value')));

beforeEach(async () => {
  await i18n.changeLanguage('en');
  go('#/lesson/donut');
});
afterEach(cleanup);

describe('donut view, Boolean mode', () => {
  it('step 0: the upper-left pixel, out of bounds = black, 9 conditions fail: not a donut', () => {
    render(<Donut />);
    expect(screen.getByTestId('step-index').textContent).toBe('1 / 64');
    expect(screen.getByTestId('failed-count')).toHaveAttribute('data-value', '9');
    expect(cell('output', 0, 0)).toHaveAttribute('data-value', '9');
    expect(values('check')).toEqual([1, 1, 1, 1, 1, 1, 0, 0, 0, 1, 1, 0, 1, 0, 0, 1, 0, 1, 0, 1, 1, 1, 0, 1, 1]);
    expect(cell('padded', 0, 0)).toHaveAttribute('data-pad', 'true');
    expect(cell('padded', 0, 0)).toHaveAttribute('data-value', '0');
  });

  it('the last step shows the whole map and the donut found at (4,4)', () => {
    go('#/lesson/donut?step=63');
    render(<Donut />);
    expect(cell('output', 4, 4)).toHaveAttribute('data-value', '0');
    expect(screen.getByTestId('donuts')).toHaveAttribute('data-value', '1');
  });

  it('clicking a pixel paints it, writes input= into the link and updates the failed count', () => {
    render(<Donut />);
    fireEvent.click(cell('padded', 2, 2)); // image (0,0): black → white; its condition "must be black" now fails
    expect(useStore.getState().route.params.input?.split(';')[0]).toBe('1,0,1,1,0,1,1,0');
    expect(screen.getByTestId('failed-count')).toHaveAttribute('data-value', '10');
  });

  it('clicking a condition cycles it and updates the count', () => {
    render(<Donut />);
    fireEvent.click(cell('kernel', 1, 1)); // W → X: one failed condition fewer
    expect(useStore.getState().route.params.conditions).toBe('XBBBX-BXWWB-BWBWB-BWWWB-XBBBX');
    expect(screen.getByTestId('failed-count')).toHaveAttribute('data-value', '8');
  });
});

describe('donut view, multiplier mode', () => {
  it('step 0: −0.443 from the nine in-bound products', () => {
    go('#/lesson/donut?mode=multiplier');
    render(<Donut />);
    expect(Number(screen.getByTestId('sum').getAttribute('data-value'))).toBeCloseTo(-0.443, 12);
    expect(cell('output', 0, 0).textContent).toBe('−0.44');
    expect(screen.getByTestId('sum').textContent).toBe('−0.443');
  });

  it('the most donutty pixel is (6,1) = 3.65 and the slide\'s 3.64 is explained', () => {
    go('#/lesson/donut?mode=multiplier&step=63');
    render(<Donut />);
    const best = screen.getByTestId('best');
    expect(Number(best.getAttribute('data-value')).toFixed(2)).toBe('3.65');
    expect(best.textContent).toMatch(/\(6, 1\)/);
    expect(screen.getByText(/printed 3\.64/)).toBeInTheDocument();
    expect(cell('output', 6, 1).textContent).toBe('3.65');
    expect(values('printed')[6 * 8 + 1]).toBe(3.64);
  });

  it('no padding: 16 steps, the 4×4 centre', () => {
    go('#/lesson/donut?mode=multiplier&padding=0&step=15');
    render(<Donut />);
    expect(screen.getByTestId('step-index').textContent).toBe('16 / 16');
    expect(values('output').map((v) => Number(v.toFixed(2)))).toEqual([
      -0.06, 2.1, 0.39, -0.02, 0.41, 1, 1.19, 1.05, 1.81, 1.07, 1.33, 1.79, 1.54, -0.49, -0.35, 0.73,
    ]);
    expect(screen.getByRole('tab', { name: 'No padding' })).toHaveAttribute('aria-selected', 'true');
  });

  it('the standalone filter gives −0.34 at the top-left; editing a kernel cell writes kernel=', () => {
    go('#/lesson/donut?mode=multiplier');
    render(<Donut />);
    fireEvent.change(screen.getByTestId('filter-select'), { target: { value: 'standalone' } });
    expect(useStore.getState().route.params.filter).toBe('standalone');
    expect(cell('output', 0, 0).textContent).toBe('−0.34');
    const centre = within(cell('kernel', 2, 2)).getByRole('textbox');
    fireEvent.change(centre, { target: { value: '0' } });
    expect(useStore.getState().route.params.kernel).toMatch(/^0,-0.2,-0.1,-0.2,0;/);
    fireEvent.change(centre, { target: { value: 'abc' } });
    expect(screen.getByRole('alert').textContent).toMatch(/abc/);
  });

  it('mode=bogus is ignored with a message and the Boolean mode shows', () => {
    go('#/lesson/donut?mode=bogus');
    render(<Donut />);
    expect(screen.getByTestId('ignored-mode')).toHaveAttribute('role', 'alert');
    expect(screen.getByTestId('failed-count')).toHaveAttribute('data-value', '9');
  });
});
