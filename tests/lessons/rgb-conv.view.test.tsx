// @vitest-environment jsdom
// rgb-conv view: the lecture's numbers in data-value (L11: 308, −498, 164, + 1 = −25, the 4×4 corner;
// L17: 76, 760; L03: 450, 352,800, 14,450,688) and controls that change the trace and the link.
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import '../../src/i18n';
import { i18n } from '../../src/i18n';
import { useStore } from '../../src/state/store';
import RgbConv from '../../src/lessons/rgb-conv';

const go = (hash: string) => act(() => useStore.getState().syncFromHash(hash));
const cell = (role: string, r: number, c: number) =>
  screen.getByTestId(`grid-${role}`).querySelector(`[data-row="${r}"][data-col="${c}"]`) as HTMLElement;
const grid = (role: string) => {
  const rows: number[][] = [];
  for (const e of Array.from(screen.getByTestId(`grid-${role}`).querySelectorAll('[data-value]'))) {
    (rows[Number(e.getAttribute('data-row'))] ??= [])[Number(e.getAttribute('data-col'))] = Number(e.getAttribute('data-value'));
  }
  return rows;
};
const sum = () => Number(screen.getByTestId('sum').getAttribute('data-value'));

beforeEach(async () => {
  await i18n.changeLanguage('en');
  go('#/lesson/rgb-conv');
});
afterEach(cleanup);

describe('rgb-conv view', () => {
  it('steps 0–3: red 308, green −498, blue 164, then + bias 1 = −25', () => {
    render(<RgbConv />);
    expect(screen.getByTestId('step-index').textContent).toBe('1 / 28');
    expect(sum()).toBe(308);
    expect(cell('part-0', 0, 0)).toHaveAttribute('data-value', '308');
    expect(cell('part-1', 0, 0)).toHaveAttribute('data-pending', 'true');
    fireEvent.click(screen.getByTestId('step-next'));
    expect(sum()).toBe(-498);
    fireEvent.click(screen.getByTestId('step-next'));
    expect(sum()).toBe(164);
    fireEvent.click(screen.getByTestId('step-next'));
    expect(sum()).toBe(-25);
    expect(cell('output', 0, 0)).toHaveAttribute('data-value', '-25');
    expect(screen.getByRole('math', { name: /308 \+ \(−498\) \+ 164 \+ 1 = −25/ })).toBeInTheDocument();
  });

  it('the text quotes the first window as computed: the lecture\'s numbers, then the learner\'s after a change (English and Korean)', async () => {
    const { unmount } = render(<RgbConv />);
    expect(screen.getByText(/Red gives 308, green −498, blue 164\./)).toBeInTheDocument();
    expect(screen.getByTestId('flipped-note').textContent).toMatch(/337 here, not −25/);
    expect(screen.getByText(/to the total: 308 \+ \(−498\) \+ 164 \+ 1 = −25\./)).toBeInTheDocument();
    unmount();
    go('#/lesson/rgb-conv?bias=-30');
    render(<RgbConv />);
    expect(screen.getByText(/to the total: 308 \+ \(−498\) \+ 164 \+ \(−30\) = −56\./)).toBeInTheDocument();
    // the flipped-kernel note quotes 337 and −25, which hold only with the lecture's bias
    expect(screen.queryByTestId('flipped-note')).toBeNull();
    cleanup();
    await act(() => i18n.changeLanguage('ko'));
    go('#/lesson/rgb-conv');
    render(<RgbConv />);
    expect(screen.getByText(/빨강은 308, 초록은 −498, 파랑은 164가 나옵니다\./)).toBeInTheDocument();
    expect(screen.getByText(/308 \+ \(−498\) \+ 164 \+ 1 = −25\./)).toBeInTheDocument();
  });

  it('channels are the given pixels with zero padding 1; kernels are the given slices', () => {
    render(<RgbConv />);
    expect(grid('channel-0')[1].slice(0, 6)).toEqual([0, 156, 155, 156, 158, 158]);
    expect(grid('channel-1')[1][1]).toBe(167);
    expect(grid('channel-2')[1][1]).toBe(163);
    expect(grid('kernel-0')).toEqual([[-1, -1, 1], [0, 1, -1], [0, 1, 1]]);
    expect(grid('kernel-1')).toEqual([[1, 0, 0], [1, -1, -1], [1, 0, -1]]);
    expect(grid('kernel-2')).toEqual([[0, 1, 1], [0, 1, 0], [1, -1, 1]]);
  });

  it('the last step: the 4×4 corner is the lecture\'s output', () => {
    go('#/lesson/rgb-conv?step=27');
    render(<RgbConv />);
    expect(grid('output').slice(0, 4).map((r) => r.slice(0, 4))).toEqual([
      [-25, 466, 466, 475],
      [295, 787, 798, 812],
      [291, 776, 784, 800],
      [293, 771, 773, 782],
    ]);
    expect(grid('part-2')[1].slice(0, 4)).toEqual([487, 646, 653, 659]);
    expect(cell('output', 4, 4)).toHaveClass('rgb-beyond');
    expect(cell('output', 3, 3)).not.toHaveClass('rgb-beyond');
  });

  it('editing a kernel cell and the bias changes the output and the link', () => {
    go('#/lesson/rgb-conv?step=3');
    render(<RgbConv />);
    fireEvent.change(within(cell('kernel-0', 1, 1)).getByRole('textbox'), { target: { value: '2' } });
    expect(useStore.getState().route.params.kernel).toBe('-1,-1,1;0,2,-1;0,1,1;1,0,0;1,-1,-1;1,0,-1;0,1,1;0,1,0;1,-1,1');
    expect(sum()).toBe(-25 + 156);
    fireEvent.change(screen.getByTestId('bias'), { target: { value: '0' } });
    expect(useStore.getState().route.params.bias).toBe('0');
    expect(sum()).toBe(-26 + 156);
    fireEvent.change(screen.getByTestId('bias'), { target: { value: 'abc' } });
    expect(screen.getByTestId('bias-error')).toHaveAttribute('role', 'alert');
    expect(useStore.getState().route.params.bias).toBe('0');
  });

  it('several filters: 6 filters → 6 maps, the first is the lecture\'s', () => {
    go('#/lesson/rgb-conv?part=filters&step=5');
    render(<RgbConv />);
    expect(screen.getByTestId('output-size')).toHaveAttribute('data-shape', '5,5,6');
    expect(screen.getByTestId('grid-map-5')).toBeInTheDocument();
    expect(grid('map-0')[0][0]).toBe(-25);
    expect(screen.getByTestId('param-count')).toHaveAttribute('data-value', String(28 * 6));
  });

  it('parameters: 5·5·3 + 1 = 76, ×10 = 760; the L03 preset gives 450 weights, 352,800 multiplies vs 14,450,688', () => {
    go('#/lesson/rgb-conv?part=params');
    render(<RgbConv />);
    expect(screen.getByTestId('params-per-filter')).toHaveAttribute('data-value', '76');
    expect(screen.getByTestId('param-count')).toHaveAttribute('data-value', '760');
    expect(screen.getByTestId('output-size')).toHaveAttribute('data-value', '32');
    fireEvent.click(screen.getByTestId('preset-l03'));
    expect(useStore.getState().route.params.filters).toBe('6');
    expect(screen.getByTestId('weight-count')).toHaveAttribute('data-value', '450');
    expect(screen.getByTestId('mult-count')).toHaveAttribute('data-value', '352800');
    expect(screen.getByTestId('fc-params')).toHaveAttribute('data-value', '14450688');
    expect(screen.getByTestId('output-size')).toHaveAttribute('data-value', '28');
  });

  it('a filter larger than the input is refused next to its field; the last valid layer stays', () => {
    go('#/lesson/rgb-conv?part=params&padding=0');
    render(<RgbConv />);
    fireEvent.change(screen.getByTestId('size'), { target: { value: '3' } });
    expect(screen.getByTestId('size-error')).toHaveAttribute('role', 'alert');
    expect(screen.getByTestId('size-error').textContent).toMatch(/does not fit/);
    expect(useStore.getState().route.params.size).toBeUndefined();
    fireEvent.change(screen.getByTestId('filter'), { target: { value: '40' } });
    expect(screen.getByTestId('filter-error').textContent).toMatch(/between 1 and 31/);
    expect(screen.getByTestId('weight-count')).toHaveAttribute('data-value', '750');
  });

  it('a layer in the link that cannot work says so and shows the lecture\'s example', () => {
    go('#/lesson/rgb-conv?part=params&size=4&padding=0');
    render(<RgbConv />);
    expect(screen.getByTestId('layer-error')).toHaveAttribute('role', 'alert');
    expect(screen.getByTestId('param-count')).toHaveAttribute('data-value', '760');
  });
});
