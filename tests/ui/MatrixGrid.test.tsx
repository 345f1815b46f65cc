// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import '../../src/i18n';
import { MatrixGrid } from '../../src/ui/MatrixGrid';

function cell(root: HTMLElement, r: number, c: number): HTMLElement {
  return root.querySelector(`[role="gridcell"][data-row="${r}"][data-col="${c}"]`) as HTMLElement;
}

afterEach(cleanup);

describe('MatrixGrid', () => {
  it('renders the test hooks: grid-<role>, data-row/col/value with exact numbers, padding cells', () => {
    render(<MatrixGrid role="input" label="Input" rows={3} cols={3} values={[0, 0, 0, 0, 0.1 + 0.2, 0, 0, 0, 0]} pads={1} />);
    const root = screen.getByTestId('grid-input');
    expect(root).toHaveAttribute('role', 'grid');
    expect(root.querySelectorAll('[role="row"]')).toHaveLength(3);
    expect(root.querySelectorAll('[role="gridcell"][data-value]')).toHaveLength(9);
    expect(cell(root, 1, 1)).toHaveAttribute('data-value', '0.30000000000000004');
    expect(cell(root, 1, 1).textContent).toBe('0.3');
    expect(cell(root, 0, 0)).toHaveAttribute('data-pad', 'true');
    expect(cell(root, 1, 1)).not.toHaveAttribute('data-pad');
  });

  it('pending cells have no data-value', () => {
    render(<MatrixGrid role="output" label="Output" rows={2} cols={2} values={[4, 3, 2, 4]} pending={(r, c) => r * 2 + c > 1} />);
    const root = screen.getByTestId('grid-output');
    expect(cell(root, 0, 1)).toHaveAttribute('data-value', '3');
    expect(cell(root, 1, 0)).not.toHaveAttribute('data-value');
    expect(cell(root, 1, 0)).toHaveAttribute('data-pending', 'true');
  });

  it('has one tab stop and moves focus with arrow keys, Home and End', () => {
    render(<MatrixGrid role="k" label="Kernel" rows={3} cols={3} values={[1, 0, 1, 0, 1, 0, 1, 0, 1]} />);
    const root = screen.getByTestId('grid-k');
    const tabbable = root.querySelectorAll('[tabindex="0"]');
    expect(tabbable).toHaveLength(1);
    cell(root, 0, 0).focus();
    fireEvent.keyDown(cell(root, 0, 0), { key: 'ArrowRight' });
    expect(document.activeElement).toBe(cell(root, 0, 1));
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(cell(root, 1, 1));
    fireEvent.keyDown(document.activeElement!, { key: 'End' });
    expect(document.activeElement).toBe(cell(root, 1, 2));
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(cell(root, 1, 2));
    fireEvent.keyDown(document.activeElement!, { key: 'Home' });
    expect(document.activeElement).toBe(cell(root, 1, 0));
    expect(root.querySelectorAll('[tabindex="0"]')).toHaveLength(1);
    expect(cell(root, 1, 0)).toHaveAttribute('tabindex', '0');
    expect(cell(root, 1, 0).getAttribute('aria-label')).toMatch(/0/);
  });

  it('edit mode: typing "abc" shows an alert and keeps the last valid value; a number is taken', () => {
    function Editable() {
      const [k, setK] = useState([1, 0, 1, 0, 1, 0, 1, 0, 1]);
      return (
        <MatrixGrid
          role="kernel"
          label="Kernel"
          rows={3}
          cols={3}
          values={k}
          onEdit={(r, c, v) => setK((old) => old.map((x, i) => (i === r * 3 + c ? v : x)))}
        />
      );
    }
    render(<Editable />);
    const root = screen.getByTestId('grid-kernel');
    const input = cell(root, 0, 0).querySelector('input')!;
    fireEvent.change(input, { target: { value: 'abc' } });
    expect(screen.getByRole('alert').textContent).toMatch(/abc/);
    expect(cell(root, 0, 0)).toHaveAttribute('data-value', '1');
    fireEvent.blur(input);
    expect(input.value).toBe('1');
    fireEvent.change(input, { target: { value: '-2.5' } });
    expect(cell(root, 0, 0)).toHaveAttribute('data-value', '-2.5');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('toggle mode flips a cell with Space and with a click', () => {
    function Toggle() {
      const [v, setV] = useState([0, 1]);
      return <MatrixGrid role="img" label="Image" rows={1} cols={2} scale="ink" values={v} onToggle={(_r, c) => setV((o) => o.map((x, i) => (i === c ? 1 - x : x)))} />;
    }
    render(<Toggle />);
    const root = screen.getByTestId('grid-img');
    fireEvent.keyDown(cell(root, 0, 0), { key: ' ' });
    expect(cell(root, 0, 0)).toHaveAttribute('data-value', '1');
    fireEvent.click(cell(root, 0, 1));
    expect(cell(root, 0, 1)).toHaveAttribute('data-value', '0');
  });
});
