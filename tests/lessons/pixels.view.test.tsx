// @vitest-environment jsdom
// pixels view: the pskang patch as integers (71 71 70 70 …) and as k/255 (0.2784314), three
// channels, the 28×28 digit (784 inputs), row-major flat indices; the inspected pixel in the link.
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import '../../src/i18n';
import { i18n } from '../../src/i18n';
import { useStore } from '../../src/state/store';
import Pixels from '../../src/lessons/pixels';

const go = (hash: string) => act(() => useStore.getState().syncFromHash(hash));
const value = (id: string) => screen.getByTestId(id).getAttribute('data-value');
const cell = (role: string, r: number, c: number) =>
  screen.getByTestId(`grid-${role}`).querySelector(`[data-row="${r}"][data-col="${c}"]`) as HTMLElement;
const row = (role: string, r: number) =>
  Array.from(screen.getByTestId(`grid-${role}`).querySelectorAll(`[data-row="${r}"]`)).map((e) => Number(e.getAttribute('data-value')));

beforeEach(async () => {
  await i18n.changeLanguage('en');
  go('#/lesson/pixels');
});
afterEach(cleanup);

describe('pixels view', () => {
  it('step 1: channel 1 of the dump as whole intensities; the inspector shows 71 → 0.2784314 at index 0', () => {
    render(<Pixels />);
    expect(row('patch', 0)).toEqual([71, 71, 70, 70, 70, 70, 69, 69, 73, 74]);
    expect(value('inspect-int')).toBe('71');
    expect(screen.getByTestId('inspect-float').textContent).toBe('0.2784314');
    expect(value('inspect-index')).toBe('0');
  });

  it('step 2: the same patch as k/255; hovering inspects a pixel, clicking puts it in the link', () => {
    render(<Pixels />);
    fireEvent.click(screen.getByTestId('step-next'));
    expect(cell('patch', 0, 0)).toHaveAttribute('data-value', String(71 / 255));
    expect(cell('patch', 0, 2).textContent).toBe('0.275');
    fireEvent.pointerEnter(cell('patch', 6, 8));
    expect(value('inspect-int')).toBe('75');
    expect(screen.getByTestId('inspect-float').textContent).toBe('0.2941176');
    expect(value('inspect-index')).toBe('68');
    fireEvent.click(cell('patch', 6, 8));
    expect(useStore.getState().route.params).toMatchObject({ row: '6', col: '8', step: '1' });
  });

  it('step 3: three channels (6×10 each); pixel (0, 0) is R 71, G 76, B 82 at positions 0, 1, 2', () => {
    go('#/lesson/pixels?step=2');
    render(<Pixels />);
    expect(row('channel-1', 0)).toEqual([76, 76, 75, 75, 75, 75, 74, 74, 76, 77]);
    expect([0, 1, 2].map((c) => value(`inspect-int-${c}`))).toEqual(['71', '76', '82']);
    expect(value('input-count')).toBe('180');
    expect(screen.getByTestId('inspect-index').textContent).toBe('0, 1, 2');
  });

  it('steps 4–5: a 28×28 digit is 784 inputs; pixel (9, 8) is number 260, above it 232, below 288', () => {
    go('#/lesson/pixels?step=3');
    render(<Pixels />);
    expect(value('input-count')).toBe('784');
    expect(screen.getByTestId('grid-digit').querySelectorAll('[data-value]')).toHaveLength(784);
    fireEvent.click(screen.getByTestId('step-next'));
    expect(value('flat-index')).toBe('260');
    const items = Array.from(screen.getByTestId('neighbours').querySelectorAll('li')).map((li) => [li.getAttribute('data-dir'), li.getAttribute('data-index')]);
    expect(items).toEqual([['up', '232'], ['down', '288'], ['left', '259'], ['right', '261']]);
    expect(cell('flat-up', 0, 2)).toHaveClass('px-nb');
  });

  it('a malformed pixel in the link is named and ignored', () => {
    go('#/lesson/pixels?row=abc&col=99');
    render(<Pixels />);
    expect(screen.getByTestId('ignored-row')).toHaveAttribute('role', 'alert');
    expect(screen.getByTestId('ignored-col')).toHaveAttribute('role', 'alert');
    expect(value('inspect-int')).toBe('71');
  });
});
