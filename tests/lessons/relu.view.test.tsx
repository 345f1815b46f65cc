// @vitest-environment jsdom
// relu view: the lecture's numbers in data-value (L07: the ReLU map; L25: the sigmoid and ReLU XOR
// tables) and controls (a weight, the network) that change the result.
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import '../../src/i18n';
import { i18n } from '../../src/i18n';
import Relu from '../../src/lessons/relu';
import { useStore } from '../../src/state/store';

const go = (hash: string) => act(() => useStore.getState().syncFromHash(hash));
const cell = (role: string, r: number, c: number) =>
  screen.getByTestId(`grid-${role}`).querySelector(`[data-row="${r}"][data-col="${c}"]`) as HTMLElement;
const rows = (role: string) => {
  const out: number[][] = [];
  for (const e of Array.from(screen.getByTestId(`grid-${role}`).querySelectorAll('[data-value]'))) {
    (out[Number(e.getAttribute('data-row'))] ??= [])[Number(e.getAttribute('data-col'))] = Number(e.getAttribute('data-value'));
  }
  return out;
};
const value = (id: string) => Number(screen.getByTestId(id).getAttribute('data-value'));

beforeEach(async () => {
  await i18n.changeLanguage('en');
  go('#/lesson/relu');
});
afterEach(cleanup);

describe('relu view: ReLU on the feature map', () => {
  it('step 1: max(0, −0.11) = 0; the map is the L06 map', () => {
    render(<Relu />);
    expect(screen.getByTestId('step-index').textContent).toBe('1 / 20');
    expect(rows('input')).toEqual([
      [-0.11, 1, -0.11],
      [-0.55, 0.11, -0.33],
      [-0.33, 0.33, -0.33],
      [-0.55, -0.11, -0.55],
      [-0.33, -0.55, -0.33],
    ]);
    expect(screen.getByTestId('sum')).toHaveAttribute('data-value', '0');
    expect(screen.getByRole('math').getAttribute('aria-label')).toBe('max(0, −0.11) = 0');
    expect(cell('output', 0, 1)).not.toHaveAttribute('data-value');
  });

  it('step 15: the whole ReLU map 0 1 0 / 0 0.11 0 / 0 0.33 0 / 0 0 0 / 0 0 0', () => {
    go('#/lesson/relu?step=14');
    render(<Relu />);
    expect(rows('output')).toEqual([
      [0, 1, 0],
      [0, 0.11, 0],
      [0, 0.33, 0],
      [0, 0, 0],
      [0, 0, 0],
    ]);
  });

  it('clicking a map cell jumps to its step', () => {
    render(<Relu />);
    fireEvent.click(cell('input', 2, 1));
    expect(useStore.getState().route.params.step).toBe('7');
    expect(screen.getByTestId('sum')).toHaveAttribute('data-value', '0.33');
  });
});

describe('relu view: XOR builder', () => {
  it('sigmoid network: every a1, a2, y within 5e-5 of the slide, 4 of 4 right', () => {
    go('#/lesson/relu?step=17');
    render(<Relu />);
    const slide = [
      [0, 0, 0],
      [0, 1, 1],
      [1, 0, 1],
      [0, 0, 0],
    ];
    slide.forEach(([a1, a2, y], i) => {
      expect(Math.abs(value(`xor-a1-${i}`) - a1)).toBeLessThanOrEqual(5e-5);
      expect(Math.abs(value(`xor-a2-${i}`) - a2)).toBeLessThanOrEqual(5e-5);
      expect(Math.abs(value(`xor-y-${i}`) - y)).toBeLessThanOrEqual(5e-5);
    });
    expect(screen.getByTestId('xor-correct')).toHaveAttribute('data-value', '4');
    expect(screen.getByTestId('xor-match')).toHaveAttribute('data-value', 'true');
    // input (1, 0): z1 = 1·20 + 0·(−20) − 10 = 10
    expect(screen.getByTestId('xor-z-a1')).toHaveAttribute('data-value', '10');
    expect(screen.getByTestId('xor-z-a2')).toHaveAttribute('data-value', '-30');
    expect(screen.getByTestId('weights-note').textContent).toMatch(/pictures/);
  });

  it('ReLU network: exactly 0 / 0.5 and y = 2a1 + 2a2', () => {
    go('#/lesson/relu?step=16&net=relu');
    render(<Relu />);
    expect([0, 1, 2, 3].map((i) => [value(`xor-a1-${i}`), value(`xor-a2-${i}`), value(`xor-y-${i}`)])).toEqual([
      [0, 0, 0],
      [0, 0.5, 1],
      [0.5, 0, 1],
      [0, 0, 0],
    ]);
    expect(screen.getByTestId('xor-match')).toHaveAttribute('data-value', 'true');
  });

  it('editing a weight writes w= into the link and breaks the match; the network select resets the weights', () => {
    go('#/lesson/relu?step=15');
    render(<Relu />);
    const input = cell('weights', 2, 2).querySelector('input')!;
    fireEvent.change(input, { target: { value: 'x1' } });
    expect(screen.getByRole('alert').textContent).toMatch(/x1/);
    fireEvent.change(input, { target: { value: '-30' } });
    expect(useStore.getState().route.params.w).toBe('20,-20,-10;-20,20,-10;20,20,-30');
    expect(screen.getByTestId('xor-match')).toHaveAttribute('data-value', 'false');
    expect(screen.getByTestId('xor-correct')).toHaveAttribute('data-value', '2');
    fireEvent.change(screen.getByTestId('net'), { target: { value: 'single' } });
    expect(useStore.getState().route.params.net).toBe('single');
    expect(useStore.getState().route.params.w).toBeUndefined();
    expect(screen.getByTestId('xor-correct')).toHaveAttribute('data-value', '3');
    expect(screen.getByTestId('single-search').textContent).toMatch(/729/);
  });

  it('w= with the wrong number of rows for the network is named in an alert and the defaults are used', () => {
    go('#/lesson/relu?step=15&net=relu&w=1,1,-0.5');
    render(<Relu />);
    expect(screen.getByTestId('weights-mismatch').textContent).toMatch(/w=1,1,-0.5/);
    expect(screen.getByTestId('xor-match')).toHaveAttribute('data-value', 'true');
  });
});

describe('relu view: curves', () => {
  it('reads sigmoid, tanh and ReLU at x from the link', () => {
    go('#/lesson/relu?step=19&x=-1.5');
    render(<Relu />);
    expect(value('curve-relu')).toBe(0);
    expect(value('curve-sigmoid')).toBeCloseTo(1 / (1 + Math.exp(1.5)), 12);
    expect(value('curve-tanh')).toBeCloseTo(Math.tanh(-1.5), 12);
    fireEvent.change(screen.getByTestId('curve-x'), { target: { value: '2' } });
    expect(useStore.getState().route.params.x).toBe('2');
    expect(value('curve-relu')).toBe(2);
  });
});
