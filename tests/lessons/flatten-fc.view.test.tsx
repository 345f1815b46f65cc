// @vitest-environment jsdom
// flatten-fc view: the lecture's numbers in data-value (L24 the vector; L26 the Keras summary; L01,
// L02, L03 the calculator) and controls (order, a weight, a calculator field) that change the result.
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import '../../src/i18n';
import { i18n } from '../../src/i18n';
import FlattenFc from '../../src/lessons/flatten-fc';
import { useStore } from '../../src/state/store';

const go = (hash: string) => act(() => useStore.getState().syncFromHash(hash));
const cell = (role: string, r: number, c: number) =>
  screen.getByTestId(`grid-${role}`).querySelector(`[data-row="${r}"][data-col="${c}"]`) as HTMLElement;
const values = (role: string) =>
  Array.from(screen.getByTestId(`grid-${role}`).querySelectorAll('[data-value]')).map((e) => Number(e.getAttribute('data-value')));
const value = (id: string) => Number(screen.getByTestId(id).getAttribute('data-value'));

beforeEach(async () => {
  await i18n.changeLanguage('en');
  go('#/lesson/flatten-fc');
});
afterEach(cleanup);

describe('flatten-fc view: flatten, dense, softmax', () => {
  it('steps through the vector: 1, 1, 0, 4, 2, 1, 0, 2, 1; column-major gives 1, 4, 0, 1, 2, 2, 0, 1, 1', () => {
    render(<FlattenFc />);
    expect(screen.getByTestId('step-index').textContent).toBe('1 / 17');
    expect(values('output')).toEqual([1]);
    fireEvent.click(screen.getByTestId('step-next'));
    fireEvent.click(screen.getByTestId('step-next'));
    fireEvent.click(screen.getByTestId('step-next'));
    expect(values('output')).toEqual([1, 1, 0, 4]);
    expect(screen.getByTestId('flatten-step').textContent).toBe('x[3] ← map (1, 0) = 4');
    act(() => useStore.getState().goToStep(8));
    expect(values('output')).toEqual([1, 1, 0, 4, 2, 1, 0, 2, 1]);
    fireEvent.change(screen.getByTestId('order'), { target: { value: 'col' } });
    expect(useStore.getState().route.params.order).toBe('col');
    expect(values('output')).toEqual([1, 4, 0, 1, 2, 2, 0, 1, 1]);
  });

  it('dense: z0 = 2.1 with its nine products and the bias; editing W changes the score and the link', () => {
    go('#/lesson/flatten-fc?step=9');
    render(<FlattenFc />);
    expect(screen.getByTestId('sum')).toHaveAttribute('data-value', '2.1');
    expect(screen.getByRole('math').getAttribute('aria-label')).toContain('1×0.5 + 1×0.5 + 0×0 + 4×0.5');
    expect(values('vector')).toEqual([1, 1, 0, 4, 2, 1, 0, 2, 1]);
    const input = cell('weights', 3, 0).querySelector('input')!;
    fireEvent.change(input, { target: { value: '1' } });
    expect(useStore.getState().route.params.weights?.split(';')[3]).toBe('1,0,-0.25');
    expect(screen.getByTestId('sum')).toHaveAttribute('data-value', '4.1');
  });

  it('softmax: probabilities that add up to 1, the largest for the largest score', () => {
    go('#/lesson/flatten-fc?step=14');
    render(<FlattenFc />);
    const p = values('output');
    expect(p).toHaveLength(3);
    expect(p[0] + p[1] + p[2]).toBeCloseTo(1, 14);
    expect(p[0]).toBeCloseTo(0.6453, 4);
    expect(value('sum')).toBe(p[2]);
    expect(value('softmax-exp-0')).toBe(1);
  });
});

describe('flatten-fc view: Keras and the calculator', () => {
  it('the Keras summary: 320, 18,496, 0, 0, 0, 1,179,776, 0, 1,290; total 1,199,882', () => {
    go('#/lesson/flatten-fc?step=15');
    render(<FlattenFc />);
    expect([0, 1, 2, 3, 4, 5, 6, 7].map((i) => value(`keras-params-${i}`))).toEqual([320, 18496, 0, 0, 0, 1179776, 0, 1290]);
    expect(value('keras-total')).toBe(1199882);
    expect(screen.getByTestId('keras-shape-4').textContent).toBe('(None, 9216)');
  });

  it('the calculator: L02 by default (120,001 per neuron, 7,680,064), presets for L01 and L03, typed values', () => {
    go('#/lesson/flatten-fc?step=16');
    render(<FlattenFc />);
    expect(value('param-per-neuron')).toBe(120001);
    expect(value('param-count')).toBe(7680064);
    expect(screen.getByTestId('slide-note').textContent).toMatch(/768/);
    fireEvent.click(screen.getByTestId('preset-fullhd'));
    expect(value('weight-count')).toBe(6220800);
    fireEvent.click(screen.getByTestId('preset-l03'));
    expect(value('weight-count')).toBe(14450688);
    expect(value('mult-count')).toBe(14450688);
    expect(value('conv-weight-count')).toBe(450);
    expect(value('conv-mult-count')).toBe(352800);
    expect(useStore.getState().route.params).toMatchObject({ h: '32', w: '32', neurons: '4704' });
    fireEvent.change(screen.getByTestId('calc-neurons'), { target: { value: '10' } });
    expect(value('weight-count')).toBe(30720);
    fireEvent.change(screen.getByTestId('calc-neurons'), { target: { value: 'ten' } });
    expect(screen.getByTestId('calc-neurons-error').textContent).toMatch(/ten/);
    expect(value('weight-count')).toBe(30720);
    fireEvent.change(screen.getByTestId('calc-k'), { target: { value: '40' } });
    expect(screen.getByTestId('calc-k-error')).toHaveAttribute('role', 'alert');
    expect(value('conv-weight-count')).toBe(450);
  });

  it('a malformed or impossible calculator link is reported and the last valid values are shown', () => {
    go('#/lesson/flatten-fc?step=16&h=big&w=3&k=5');
    render(<FlattenFc />);
    expect(screen.getByTestId('ignored-h').textContent).toMatch(/h=big/);
    expect(screen.getByTestId('k-clamped').textContent).toMatch(/k = 3/);
    expect(value('conv-weight-count')).toBe(3 * 3 * 3 * 6);
  });
});
