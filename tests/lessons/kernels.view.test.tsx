// @vitest-environment jsdom
// kernels view: the lecture's numbers in data-value (L12: 320 and the 4×4 corner; L13: 0 / −570 / +570
// on the edge, 900 from the slide's kernel on a flat patch) and controls that change the result.
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import '../../src/i18n';
import { i18n } from '../../src/i18n';
import Kernels from '../../src/lessons/kernels';
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

beforeEach(async () => {
  await i18n.changeLanguage('en');
  go('#/lesson/kernels');
});
afterEach(cleanup);

describe('kernels view', () => {
  it('step 1: the padded corner and the sharpen kernel give 320 at (0, 0), kernel sum 1', () => {
    render(<Kernels />);
    expect(screen.getByTestId('step-index').textContent).toBe('1 / 16');
    expect(screen.getByTestId('sum')).toHaveAttribute('data-value', '320');
    expect(screen.getByTestId('kernel-sum')).toHaveAttribute('data-value', '1');
    expect(cell('input', 1, 1)).toHaveAttribute('data-value', '105');
    expect(cell('input', 0, 3)).toHaveAttribute('data-pad', 'true');
    expect(cell('output', 0, 0)).toHaveAttribute('data-value', '320');
    expect(cell('output', 0, 1)).not.toHaveAttribute('data-value');
    expect(screen.getByRole('math').getAttribute('aria-label')).toContain('105×5 + 102×(−1) + 0×0 + 103×(−1) + 99×0');
  });

  it('the last step shows the 4×4 corner 320 206 198 188 / 210 89 111 101 / 205 85 111 101 / 189 98 117 113', () => {
    go('#/lesson/kernels?step=15');
    render(<Kernels />);
    expect(rows('output')).toEqual([
      [320, 206, 198, 188],
      [210, 89, 111, 101],
      [205, 85, 111, 101],
      [189, 98, 117, 113],
    ]);
  });

  it('outline on the 10 | 200 edge: 0, −570, +570; the slide’s kernel on a flat patch of 100: 900', () => {
    go('#/lesson/kernels?image=edge&preset=outline&step=8');
    render(<Kernels />);
    expect(rows('output')).toEqual(Array(3).fill([0, -570, 570]));
    expect(screen.getByTestId('kernel-sum')).toHaveAttribute('data-value', '0');
    fireEvent.click(screen.getByTestId('to-slide-kernel'));
    expect(useStore.getState().route.params.preset).toBe('outline-slide');
    expect(screen.getByTestId('kernel-sum')).toHaveAttribute('data-value', '9');
    expect(screen.getByTestId('flat-response')).toHaveAttribute('data-value', '900');
    fireEvent.click(screen.getByTestId('section-slide'));
    fireEvent.click(screen.getByTestId('step-last'));
    expect(rows('output')).toEqual(Array(3).fill([900, 900, 900]));
  });

  it('typing into a kernel cell changes the output and the link; “abc” is refused with an alert', () => {
    go('#/lesson/kernels?step=15');
    render(<Kernels />);
    const input = cell('kernel', 1, 1).querySelector('input')!;
    fireEvent.change(input, { target: { value: 'abc' } });
    expect(screen.getByRole('alert').textContent).toMatch(/abc/);
    expect(cell('kernel', 1, 1)).toHaveAttribute('data-value', '5');
    fireEvent.change(input, { target: { value: '1' } });
    expect(useStore.getState().route.params.kernel).toBe('0,-1,0;-1,1,-1;0,-1,0');
    // 105·1 − 102 − 103 = −100
    expect(cell('output', 0, 0)).toHaveAttribute('data-value', '-100');
    expect(screen.getByTestId('kernel-sum')).toHaveAttribute('data-value', '-3');
    expect((screen.getByTestId('preset') as HTMLSelectElement).value).toBe('custom');
  });

  it('a malformed kernel in the link is named in an alert and the preset is used', () => {
    go('#/lesson/kernels?kernel=1,2;3&preset=blur');
    render(<Kernels />);
    expect(screen.getByTestId('ignored-kernel').textContent).toMatch(/kernel=1,2;3/);
    expect(screen.getByTestId('kernel-sum')).toHaveAttribute('data-value', '1');
    expect(cell('kernel', 0, 0)).toHaveAttribute('data-value', String(1 / 9));
  });

  it('the image select switches to the 16×16 picture (256 steps, output as large as the image)', () => {
    render(<Kernels />);
    fireEvent.change(screen.getByTestId('image'), { target: { value: 'shapes' } });
    expect(useStore.getState().route.params.image).toBe('shapes');
    expect(screen.getByTestId('step-index').textContent).toBe('1 / 256');
    expect(screen.getByTestId('grid-output').querySelectorAll('[role="row"]')).toHaveLength(16);
  });
});
