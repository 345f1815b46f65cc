// @vitest-environment jsdom
// why-cnn view: the lecture's numbers in data-value (L01 6,220,800; L02 7,680,064; L03 14,450,688 vs
// 450/456 and 352,800; L04 881/36/72/126/931; L05 16 of 35) and controls that change the link.
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import '../../src/i18n';
import { i18n } from '../../src/i18n';
import { useStore } from '../../src/state/store';
import WhyCnn from '../../src/lessons/why-cnn';

const go = (hash: string) => act(() => useStore.getState().syncFromHash(hash));
const value = (id: string) => screen.getByTestId(id).getAttribute('data-value');
const params = () => useStore.getState().route.params;

beforeEach(async () => {
  await i18n.changeLanguage('en');
  go('#/lesson/why-cnn');
});
afterEach(cleanup);

describe('why-cnn view', () => {
  it('step 1: one neuron on Full HD needs 6,220,800 weights', () => {
    render(<WhyCnn />);
    expect(screen.getByTestId('step-index').textContent).toBe('1 / 7');
    expect(value('weights-per-neuron')).toBe('6220800');
    expect(value('param-count')).toBe('6220801');
    expect(screen.getByTestId('height')).toHaveValue('1080');
    expect(screen.getByTestId('width')).toHaveValue('1920');
  });

  it('step 2: 200×200×3 into 64 neurons = 7,680,064; the slide’s 760만 and “Layer 개수” are explained', () => {
    render(<WhyCnn />);
    fireEvent.click(screen.getByTestId('step-next'));
    expect(value('param-count')).toBe('7680064');
    expect(value('params-per-neuron')).toBe('120001');
    expect(screen.getByTestId('slide-words').textContent).toMatch(/760만.*7,680,064.*768만/);
    expect(screen.getByTestId('slide-table').textContent).toContain('Layer 개수');
  });

  it('the calculator: a typed number goes into the link, text is refused beside the field, the last values stay', () => {
    go('#/lesson/why-cnn?step=1');
    render(<WhyCnn />);
    fireEvent.change(screen.getByTestId('neurons'), { target: { value: '10' } });
    expect(params()).toMatchObject({ height: '200', width: '200', channels: '3', neurons: '10' });
    expect(value('param-count')).toBe('1200010');
    fireEvent.change(screen.getByTestId('channels'), { target: { value: 'abc' } });
    expect(screen.getByTestId('channels-error')).toHaveAttribute('role', 'alert');
    expect(screen.getByTestId('channels-error').textContent).toMatch(/abc/);
    fireEvent.change(screen.getByTestId('channels'), { target: { value: '0' } });
    expect(screen.getByTestId('channels-error').textContent).toMatch(/between 1 and 64/);
    expect(value('param-count')).toBe('1200010');
    expect(params().channels).toBe('3');
    fireEvent.click(screen.getByTestId('calc-reset'));
    expect(params().neurons).toBeUndefined();
    expect(value('param-count')).toBe('7680064');
  });

  it('a malformed link value is named and ignored', () => {
    go('#/lesson/why-cnn?neurons=many&step=1');
    render(<WhyCnn />);
    expect(screen.getByTestId('ignored-neurons')).toHaveAttribute('role', 'alert');
    expect(value('param-count')).toBe('7680064');
  });

  it('step 3: FC 14,450,688 parameters and multiplies vs conv 450 (456 with biases) and 352,800', () => {
    go('#/lesson/why-cnn?step=2');
    render(<WhyCnn />);
    expect(value('fc-param-count')).toBe('14450688');
    expect(value('fc-mult-count')).toBe('14450688');
    expect(value('param-count')).toBe('450');
    expect(value('param-count-bias')).toBe('456');
    expect(value('mult-count')).toBe('352800');
  });

  it('step 4: the toy network 881 vs 36; two filters 72 (126 stacked); 931 with biases', () => {
    go('#/lesson/why-cnn?step=3');
    render(<WhyCnn />);
    expect(value('fc-param-count')).toBe('881');
    expect(value('param-count')).toBe('36');
    expect(value('fc-param-count-bias')).toBe('931');
    fireEvent.click(screen.getByTestId('filters-2'));
    expect(params().filters).toBe('2');
    expect(value('param-count')).toBe('72');
    expect(value('stacked-param-count')).toBe('126');
  });

  it('steps 5–7: the 9 moved one pixel left changes 16 of 35 inputs; arrow keys on the pad move it; the feature map moves along', () => {
    go('#/lesson/why-cnn?step=5');
    render(<WhyCnn />);
    expect(value('changed-count')).toBe('16');
    expect(screen.getByTestId('changed-count')).toHaveAttribute('data-total', '35');
    expect(screen.getByTestId('slide-twenty').textContent).toMatch(/20/);
    const changed = screen.getByTestId('grid-shifted').querySelectorAll('.wc-changed');
    expect(changed).toHaveLength(16);
    expect(screen.getByTestId('grid-vector-shifted').querySelectorAll('.wc-changed')).toHaveLength(16);
    fireEvent.keyDown(screen.getByTestId('shift-pad'), { key: 'ArrowRight' });
    expect(params()).toMatchObject({ dx: '0', dy: '0' });
    expect(params().step).toBe('5');
    expect(value('changed-count')).toBe('0');
    fireEvent.click(screen.getByTestId('shift-down'));
    expect(params().dy).toBe('1');
    go('#/lesson/why-cnn?step=6');
    expect(screen.getByTestId('map-peaks').textContent).toMatch(/1 at \(0, 1\).*1 at \(0, 0\)/);
    expect(screen.getByTestId('grid-map').querySelector('[data-row="0"][data-col="1"]')).toHaveAttribute('data-value', '1');
    expect(screen.getByTestId('link-feature-match').getAttribute('href')).toContain('#/lesson/feature-match');
  });
});
