// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '../../src/i18n';
import { defaultSpec } from '../../src/model/spec';
import { summarize } from '../../src/model/summary';
import '../../src/train/messages';
import { ConfusionMatrix } from '../../src/train/views/ConfusionMatrix';
import { SummaryTable } from '../../src/train/views/SummaryTable';

void i18n.changeLanguage('en');
afterEach(cleanup);

describe('SummaryTable', () => {
  it('keras spec: eight rows as Keras prints them and total 1,199,882 (L26)', () => {
    render(<SummaryTable summary={summarize(defaultSpec('keras'))} />);
    const table = screen.getByTestId('model-summary');
    const rows = within(table).getAllByRole('row').filter((r) => r.hasAttribute('data-layer'));
    expect(rows.map((r) => r.getAttribute('data-layer'))).toEqual([
      'conv2d_1', 'conv2d_2', 'max_pooling2d_1', 'dropout_1', 'flatten_1', 'dense_1', 'dropout_2', 'dense_2',
    ]);
    expect(rows[0]).toHaveTextContent('(None, 26, 26, 32)');
    expect(rows[0]).toHaveTextContent('320');
    expect(rows[5]).toHaveTextContent('(None, 128)');
    expect(rows[5]).toHaveTextContent('1,179,776');
    const total = screen.getByTestId('param-count');
    expect(total).toHaveTextContent('1,199,882');
    expect(total).toHaveAttribute('data-value', '1199882');
  });

  it('lenet5 spec: total 61,706 with the same-padded first convolution', () => {
    render(<SummaryTable summary={summarize(defaultSpec('lenet5'))} />);
    expect(screen.getByTestId('param-count')).toHaveAttribute('data-value', '61706');
    expect(screen.getByTestId('param-count')).toHaveTextContent('61,706');
    expect(screen.getByText('(None, 28, 28, 6)')).toBeInTheDocument();
  });
});

function counts(): Int32Array {
  const c = new Int32Array(100);
  for (let d = 0; d < 10; d++) c[d * 10 + d] = 90 + d;
  c[4 * 10 + 9] = 7; // seven 4s taken for 9s
  c[3 * 10 + 5] = 2;
  return c;
}

describe('ConfusionMatrix', () => {
  it('renders 100 cells with their counts in data-value, row = true, column = predicted', () => {
    render(<ConfusionMatrix counts={counts()} onSelect={() => {}} />);
    const grid = screen.getByTestId('grid-confusion');
    const cells = grid.querySelectorAll('[data-row][data-col][data-value]');
    expect(cells).toHaveLength(100);
    const cell49 = grid.querySelector('[data-row="4"][data-col="9"]');
    expect(cell49).toHaveAttribute('data-value', '7');
    expect(cell49).toHaveTextContent('7');
    expect(grid.querySelector('[data-row="9"][data-col="4"]')).toHaveAttribute('data-value', '0');
    expect(grid.querySelector('[data-row="2"][data-col="2"]')).toHaveTextContent('92');
    // Row 4 holds 94 + 7 images, 94 right: 93.1%.
    expect(screen.getByTestId('recall-4')).toHaveTextContent('93.1%');
  });

  it('clicking a cell calls back with (true, predicted)', () => {
    const onSelect = vi.fn();
    render(<ConfusionMatrix counts={counts()} onSelect={onSelect} />);
    fireEvent.click(screen.getByTestId('grid-confusion').querySelector('[data-row="4"][data-col="9"]')!);
    expect(onSelect).toHaveBeenCalledWith(4, 9);
  });

  it('one tab stop; arrow keys move, Enter selects', () => {
    const onSelect = vi.fn();
    render(<ConfusionMatrix counts={counts()} onSelect={onSelect} />);
    const grid = screen.getByTestId('grid-confusion');
    expect(grid.querySelectorAll('[role="gridcell"][tabindex="0"]')).toHaveLength(1);
    const first = grid.querySelector<HTMLElement>('[data-row="0"][data-col="0"]')!;
    first.focus();
    fireEvent.keyDown(first, { key: 'ArrowDown' });
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowRight' });
    fireEvent.keyDown(document.activeElement!, { key: 'End' });
    expect(document.activeElement).toHaveAttribute('data-row', '3');
    expect(document.activeElement).toHaveAttribute('data-col', '9');
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowLeft' });
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowLeft' });
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowLeft' });
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowLeft' });
    fireEvent.keyDown(document.activeElement!, { key: 'Enter' });
    expect(onSelect).toHaveBeenCalledWith(3, 5);
    expect(grid.querySelectorAll('[role="gridcell"][tabindex="0"]')).toHaveLength(1);
  });

  it('marks the selected cell', () => {
    render(<ConfusionMatrix counts={counts()} onSelect={() => {}} selected={{ trueDigit: 4, predicted: 9 }} />);
    expect(screen.getByTestId('grid-confusion').querySelector('[aria-selected="true"]')).toHaveAttribute('data-row', '4');
  });
});
