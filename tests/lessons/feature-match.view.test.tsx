// @vitest-environment jsdom
// feature-match view: renders the lecture's numbers (L06 map 9/9 = 1, −5/9; L08 16 of 35), and the
// controls (filter, kernel cell, input pixel, ?step=) change the trace and the link.
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import '../../src/i18n';
import { i18n } from '../../src/i18n';
import { useStore } from '../../src/state/store';
import FeatureMatch from '../../src/lessons/feature-match';

const go = (hash: string) => act(() => useStore.getState().syncFromHash(hash));
const cell = (role: string, r: number, c: number) =>
  screen.getByTestId(`grid-${role}`).querySelector(`[data-row="${r}"][data-col="${c}"]`) as HTMLElement;
const values = (role: string) =>
  Array.from(screen.getByTestId(`grid-${role}`).querySelectorAll('[data-value]')).map((e) => Number(e.getAttribute('data-value')));

beforeEach(async () => {
  await i18n.changeLanguage('en');
  go('#/lesson/feature-match');
});
afterEach(cleanup);

describe('feature-match view', () => {
  it('step 1 (?step=1): the window on the upper loop gives 9/9 = 1, a perfect match', () => {
    go('#/lesson/feature-match?step=1');
    render(<FeatureMatch />);
    expect(screen.getByTestId('step-index').textContent).toBe('2 / 26');
    expect(cell('output', 0, 1)).toHaveAttribute('data-value', '1');
    expect(cell('output', 1, 0)).toHaveAttribute('data-pending', 'true');
    expect(screen.getByTestId('sum')).toHaveAttribute('data-value', '1');
    expect(values('products')).toEqual([1, 1, 1, 1, 1, 1, 1, 1, 1]);
    expect(screen.getByText('perfect match')).toBeInTheDocument();
  });

  it('step 3: −5/9 shown as −0.56, with the slide\'s truncated −0.55 explained', () => {
    go('#/lesson/feature-match?step=3');
    render(<FeatureMatch />);
    expect(cell('output', 1, 0)).toHaveAttribute('data-value', String(-5 / 9));
    expect(cell('output', 1, 0).textContent).toBe('−0.56');
    expect(screen.getByTestId('printed-note').textContent).toMatch(/−0\.55/);
  });

  it('the last matching step shows the whole map; the slide\'s printed map beside it', () => {
    go('#/lesson/feature-match?step=14');
    render(<FeatureMatch />);
    expect(values('output').map((v) => Math.round(v * 9))).toEqual([-1, 9, -1, -5, 1, -3, -3, 3, -3, -5, -1, -5, -3, -5, -3]);
    expect(values('printed')).toEqual([-0.11, 1, -0.11, -0.55, 0.11, -0.33, -0.33, 0.33, -0.33, -0.55, -0.11, -0.55, -0.33, -0.55, -0.33]);
  });

  it('pooling step: 2×2 window with stride 1, its maximum marked', () => {
    go('#/lesson/feature-match?step=16');
    render(<FeatureMatch />);
    expect(screen.getByTestId('sum')).toHaveAttribute('data-value', '1');
    expect(screen.getByTestId('grid-relu').querySelector('.is-max')).toHaveAttribute('data-value', '1');
  });

  it('last step: 16 of 35 pixels change and the pooled 1 survives', () => {
    go('#/lesson/feature-match?step=25');
    render(<FeatureMatch />);
    expect(screen.getByTestId('changed-count')).toHaveAttribute('data-value', '16');
    expect(values('pooled').map((v) => Math.trunc(v * 100) / 100)).toEqual([1, 1, 0.33, 0.33, 0.33, 0.33, 0, 0]);
    expect(values('shifted-pooled').map((v) => Math.trunc(v * 100) / 100)).toEqual([1, 0, 0.33, 0, 0.33, 0, 0, 0]);
    expect(screen.getByTestId('survive-count')).toHaveAttribute('data-value', '5');
  });

  it('choosing the diagonal filter puts filter=diagonal in the link and finds the tail: 1 at (4,1)', () => {
    go('#/lesson/feature-match?step=14');
    render(<FeatureMatch />);
    fireEvent.change(screen.getByTestId('filter-select'), { target: { value: 'diagonal' } });
    expect(useStore.getState().route.params.filter).toBe('diagonal');
    expect(cell('output', 4, 1)).toHaveAttribute('data-value', '1');
  });

  it('typing in a kernel cell changes the map and writes kernel= into the link; "abc" is refused with an alert', () => {
    go('#/lesson/feature-match?step=1');
    render(<FeatureMatch />);
    const input = within(cell('kernel', 1, 1)).getByRole('textbox');
    fireEvent.change(input, { target: { value: '1' } });
    expect(useStore.getState().route.params.kernel).toBe('1,1,1;1,1,1;1,1,1');
    expect(cell('output', 0, 1)).toHaveAttribute('data-value', String(7 / 9));
    fireEvent.change(input, { target: { value: 'abc' } });
    expect(screen.getByRole('alert').textContent).toMatch(/abc/);
    expect(useStore.getState().route.params.kernel).toBe('1,1,1;1,1,1;1,1,1');
  });

  it('clicking an input pixel flips it and stores the digit in the link', () => {
    go('#/lesson/feature-match?step=1');
    render(<FeatureMatch />);
    fireEvent.click(cell('input', 1, 2));
    expect(useStore.getState().route.params.input).toBe('0,1,1,1,0;0,1,1,1,0;0,1,1,1,0;0,0,0,1,0;0,0,0,1,0;0,0,1,0,0;0,1,0,0,0');
    expect(cell('output', 0, 1)).toHaveAttribute('data-value', String(7 / 9));
  });

  it('a malformed kernel in the link is ignored with a message; the lecture\'s filter stays', () => {
    go('#/lesson/feature-match?kernel=abc&step=1');
    render(<FeatureMatch />);
    expect(screen.getByTestId('ignored-kernel')).toHaveAttribute('role', 'alert');
    expect(cell('output', 0, 1)).toHaveAttribute('data-value', '1');
  });
});
