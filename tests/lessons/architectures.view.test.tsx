// @vitest-environment jsdom
// architectures view: the Keras summary (320, 18,496, 0, 0, 0, 1,179,776, 0, 1,290; 1,199,882),
// AlexNet's 54.25 with 224, VGG-16 138,357,544, GoogLeNet's deviations, the bottleneck
// (5,268,480, 21.4×; 2,080 / 6,422,528) and the training log (epoch 9, dips 3, 8, 10, batch 128).
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import '../../src/i18n';
import { i18n } from '../../src/i18n';
import { useStore } from '../../src/state/store';
import Architectures from '../../src/lessons/architectures';

const go = (hash: string) => act(() => useStore.getState().syncFromHash(hash));
const value = (id: string) => screen.getByTestId(id).getAttribute('data-value');
const params = () => useStore.getState().route.params;

beforeEach(async () => {
  await i18n.changeLanguage('en');
  go('#/lesson/architectures');
});
afterEach(cleanup);

describe('architectures view', () => {
  it('Keras model: layer by layer 320, 18,496, 0, 0, 0, 1,179,776, 0, 1,290; total 1,199,882', () => {
    render(<Architectures />);
    expect(screen.getByTestId('step-index').textContent).toBe('1 / 8');
    expect(value('output-size')).toBe('26');
    expect(screen.getByTestId('output-size')).toHaveAttribute('data-shape', '26,26,32');
    const params: string[] = [];
    for (let i = 0; i < 8; i++) {
      params.push(value('param-count') ?? '');
      expect(screen.getByTestId('printed-check')).toHaveAttribute('data-value', 'agree');
      fireEvent.click(screen.getByTestId('step-next'));
    }
    expect(params).toEqual(['320', '18496', '0', '0', '0', '1179776', '0', '1290']);
    expect(value('param-total')).toBe('1199882');
    expect(value('total-params')).toBe('1199882');
    expect(screen.getByRole('math', { name: '(128 + 1)·10 = 1,290' })).toBeInTheDocument();
  });

  it('AlexNet with 224: (224 − 11)/4 + 1 = 54.25, flagged; 227 gives 55 and the printed shapes', () => {
    go('#/lesson/architectures?arch=alexnet&input=224');
    render(<Architectures />);
    expect(screen.getByTestId('output-size')).toHaveAttribute('data-exact', '54.25');
    expect(value('output-size')).toBe('54');
    expect(screen.getByTestId('not-whole')).toBeInTheDocument();
    expect(screen.getByTestId('printed-check')).toHaveAttribute('data-value', 'differs');
    fireEvent.change(screen.getByTestId('input'), { target: { value: '227' } });
    expect(params().input).toBeUndefined();
    expect(value('output-size')).toBe('55');
    expect(screen.queryByTestId('not-whole')).toBeNull();
    expect(value('total-params')).toBe('62378344');
  });

  it('VGG: D = VGG-16 with 138,357,544; E = 144M', () => {
    go('#/lesson/architectures?arch=vgg');
    render(<Architectures />);
    fireEvent.click(screen.getByTestId('step-last'));
    expect(value('param-total')).toBe('138357544');
    fireEvent.change(screen.getByTestId('config'), { target: { value: 'E' } });
    expect(params().config).toBe('E');
    expect(value('total-params')).toBe('143667240');
  });

  it('GoogLeNet: every row shape agrees; 4c is a deviation of the table itself, 3a agrees', () => {
    go('#/lesson/architectures?arch=googlenet&step=9');
    render(<Architectures />);
    expect(screen.getByTestId('check')).toHaveAttribute('data-value', 'deviation');
    expect(value('param-count')).toBe('509440');
    fireEvent.click(screen.getByTestId('layer-4'));
    expect(screen.getByTestId('check')).toHaveAttribute('data-value', 'agree');
    expect(screen.getByTestId('output-size')).toHaveAttribute('data-shape', '28,28,256');
    expect(screen.getByTestId('branches')).toBeInTheDocument();
  });

  it('1×1 bottleneck: 2,080 and 6,422,528; then 112,896,000 vs 5,268,480 (21.4×); a bad field keeps the numbers', () => {
    go('#/lesson/architectures?arch=bottleneck');
    render(<Architectures />);
    expect(value('param-count')).toBe('2080');
    expect(value('mult-count')).toBe('6422528');
    expect(screen.getByTestId('output-size')).toHaveAttribute('data-shape', '56,56,32');
    fireEvent.click(screen.getByTestId('step-last'));
    expect(value('mult-count')).toBe('5268480');
    expect(value('mult-direct')).toBe('112896000');
    expect(Number(value('ratio')).toFixed(1)).toBe('21.4');
    fireEvent.change(screen.getByTestId('reduce'), { target: { value: 'x' } });
    expect(screen.getByTestId('reduce-error')).toHaveAttribute('role', 'alert');
    expect(value('mult-count')).toBe('5268480');
    fireEvent.change(screen.getByTestId('reduce'), { target: { value: '32' } });
    expect(params().reduce).toBe('32');
    expect(value('mult-count')).toBe(String(14 * 14 * 32 * 480 + 14 * 14 * 48 * 25 * 32));
  });

  it('training log: best val_accuracy 0.9916 at epoch 9, dips 3, 8, 10, batch 128', () => {
    go('#/lesson/architectures?arch=log&step=8');
    render(<Architectures />);
    expect(value('val-accuracy')).toBe('0.9916');
    expect(value('best-epoch')).toBe('9');
    expect(value('dips')).toBe('3,8,10');
    expect(value('batch-size')).toBe('128');
    expect(screen.getAllByRole('img').length).toBeGreaterThanOrEqual(2);
  });

  it('section tabs change arch in the link; a malformed arch is named and ignored', () => {
    go('#/lesson/architectures?arch=foo');
    render(<Architectures />);
    expect(screen.getByTestId('ignored-arch')).toHaveAttribute('role', 'alert');
    fireEvent.click(screen.getByTestId('section-resnet'));
    expect(params().arch).toBe('resnet');
    expect(Number(value('depth-ratio'))).toBe(8);
  });
});
