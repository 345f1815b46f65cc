// @vitest-environment jsdom
// cam view: F = (7, 4), S = (9, 0.5), softmax ≈ (0.9998, 0.0002), M_cat built cell by cell
// (sum 9), M_dog (sum 0.5); editable maps and weights in the link; predictions; the draw link.
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import '../../src/i18n';
import { i18n } from '../../src/i18n';
import { useStore } from '../../src/state/store';
import Cam from '../../src/lessons/cam';

const go = (hash: string) => act(() => useStore.getState().syncFromHash(hash));
const value = (id: string) => screen.getByTestId(id).getAttribute('data-value');
const params = () => useStore.getState().route.params;
const cell = (role: string, r: number, c: number) =>
  screen.getByTestId(`grid-${role}`).querySelector(`[data-row="${r}"][data-col="${c}"]`) as HTMLElement;
const grid = (role: string) => {
  const rows: (number | null)[][] = [];
  for (const e of Array.from(screen.getByTestId(`grid-${role}`).querySelectorAll('[data-row]'))) {
    const v = e.getAttribute('data-value');
    (rows[Number(e.getAttribute('data-row'))] ??= [])[Number(e.getAttribute('data-col'))] = v === null ? null : Number(v);
  }
  return rows;
};

beforeEach(async () => {
  await i18n.changeLanguage('en');
  go('#/lesson/cam');
});
afterEach(cleanup);

describe('cam view', () => {
  it('steps 1–4: the maps, F = (7, 4), S = (9, 0.5), P ≈ (0.9998, 0.0002); the notation notes', () => {
    render(<Cam />);
    expect(screen.getByTestId('step-index').textContent).toBe('1 / 15');
    expect(grid('f1')).toEqual([[0, 1, 0], [1, 3, 1], [0, 1, 0]]);
    expect(grid('f2')).toEqual([[2, 1, 0], [1, 0, 0], [0, 0, 0]]);
    fireEvent.click(screen.getByTestId('step-next'));
    expect([value('gap-1'), value('gap-2')]).toEqual(['7', '4']);
    expect(screen.getByTestId('note-gap')).toBeInTheDocument();
    fireEvent.click(screen.getByTestId('step-next'));
    expect([value('score-cat'), value('score-dog')]).toEqual(['9', '0.5']);
    fireEvent.click(screen.getByTestId('step-next'));
    expect(Number(value('prob-cat')).toFixed(4)).toBe('0.9998');
    expect(Number(value('prob-dog')).toFixed(4)).toBe('0.0002');
    expect(screen.getByTestId('note-softmax').textContent).toMatch(/c′/);
  });

  it('steps 5–13: M_cat cell by cell as a weighted sum; step 14: the sum is the score', () => {
    go('#/lesson/cam?step=8');
    render(<Cam />);
    expect(value('sum')).toBe('3');
    expect(screen.getByRole('math', { name: /1×3 \+ 0.5×0 = 3 \+ 0 = 3/ })).toBeInTheDocument();
    expect(grid('cam')).toEqual([[1, 1.5, 0], [1.5, 3, null], [null, null, null]]);
    expect(cell('f1', 1, 1)).toHaveClass('is-current');
    fireEvent.click(screen.getByTestId('section-world'));
    fireEvent.click(screen.getByTestId('step-prev'));
    expect(grid('cam')).toEqual([[1, 1.5, 0], [1.5, 3, 1], [0, 1, 0]]);
    expect(value('cam-sum')).toBe('9');
    expect(value('score-cat')).toBe('9');
  });

  it('the dog: M_dog = [[2,0.5,0],[0.5,−1.5,−0.5],[0,−0.5,0]], sum 0.5; class in the link', () => {
    go('#/lesson/cam?step=13');
    render(<Cam />);
    fireEvent.click(screen.getByTestId('class-dog'));
    expect(params().class).toBe('dog');
    expect(grid('cam')).toEqual([[2, 0.5, 0], [0.5, -1.5, -0.5], [0, -0.5, 0]]);
    expect(value('cam-sum')).toBe('0.5');
  });

  it('editing a map cell and a weight changes the link and every number; text is refused beside the grid', () => {
    go('#/lesson/cam?step=13');
    render(<Cam />);
    fireEvent.change(within(cell('f1', 1, 1)).getByRole('textbox'), { target: { value: '5' } });
    expect(params().f1).toBe('0,1,0;1,5,1;0,1,0');
    expect(value('score-cat')).toBe('11');
    expect(value('cam-sum')).toBe('11');
    fireEvent.change(within(cell('weights', 0, 1)).getByRole('textbox'), { target: { value: '2' } });
    expect(params().w).toBe('1,2;-0.5,1');
    expect(value('cam-sum')).toBe('17');
    fireEvent.change(within(cell('weights', 0, 0)).getByRole('textbox'), { target: { value: 'abc' } });
    expect(screen.getByRole('alert').textContent).toMatch(/abc/);
    expect(value('cam-sum')).toBe('17');
    fireEvent.click(screen.getByTestId('reset'));
    expect(params().f1).toBeUndefined();
    expect(value('cam-sum')).toBe('9');
  });

  it('the last step: the slide’s predictions and a link to the draw page', () => {
    go('#/lesson/cam?step=14');
    render(<Cam />);
    expect(screen.getByTestId('predictions-1').textContent).toMatch(/palace.*0\.23/);
    expect(screen.getByTestId('predictions-2').textContent).toMatch(/office_building.*0\.33/);
    expect(screen.getByTestId('link-draw').getAttribute('href')).toMatch(/#\/draw/);
  });

  it('malformed maps in the link are named and ignored', () => {
    go('#/lesson/cam?f1=1,2&w=x');
    render(<Cam />);
    expect(screen.getByTestId('ignored-f1')).toHaveAttribute('role', 'alert');
    expect(screen.getByTestId('ignored-w')).toHaveAttribute('role', 'alert');
    expect(grid('f1')[1]).toEqual([1, 3, 1]);
  });
});
