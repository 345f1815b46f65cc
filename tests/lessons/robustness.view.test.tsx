// @vitest-environment jsdom
// robustness view: the lecture's shifted 9 (16 of 35), the measured table, and a drawing moved with
// the answer following it (a fake classifier through DigitSourceContext).
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import '../../src/i18n';
import { i18n } from '../../src/i18n';
import Robustness from '../../src/lessons/robustness';
import { MEASURED } from '../../src/lessons/robustness/measured';
import { useStore } from '../../src/state/store';
import { DigitSourceContext, type DigitSource } from '../../src/ui/digitModel';

const go = (hash: string) => act(() => useStore.getState().syncFromHash(hash));

/** Reads 7 while the ink's mean column is left of 16, else 1. */
const fake: DigitSource = {
  loadModel: async () => ({
    label: 'Fake',
    predict: (x) => {
      let s = 0;
      let w = 0;
      x.forEach((v, i) => { s += v * (i % 28); w += v; });
      const p = new Float32Array(10);
      p[w > 0 && s / w < 16 ? 7 : 1] = 1;
      return p;
    },
  }),
  drawing: () => null,
};

function renderLesson() {
  return render(
    <DigitSourceContext.Provider value={fake}>
      <Robustness />
    </DigitSourceContext.Provider>,
  );
}

beforeEach(async () => {
  await i18n.changeLanguage('en');
});
afterEach(cleanup);

describe('robustness view', () => {
  it('step 1: the 9 and the 9 one pixel to the left, 16 of 35 changed, best response 1 before and after', () => {
    go('#/lesson/robustness');
    renderLesson();
    expect(screen.getByTestId('changed-count')).toHaveAttribute('data-value', '16');
    expect(screen.getByTestId('best-response')).toHaveAttribute('data-value', '1');
    expect(screen.getByTestId('best-response')).toHaveAttribute('data-shifted', '1');
  });
  it('step 2: the measured accuracies, with and without augmentation', () => {
    go('#/lesson/robustness?step=1');
    renderLesson();
    const none = MEASURED.runs[0];
    expect(Number(screen.getByTestId('measured-none-0').getAttribute('data-value'))).toBe(none.acc.plain);
    expect(screen.getByTestId('measured-all-4')).toBeInTheDocument();
    expect(screen.getByTestId('train-augment-link').getAttribute('href')).toContain('augment=shift');
  });
  it('step 3: the lecture’s 9 (no drawing yet) moved right: the answer follows; the map and the link', async () => {
    go('#/lesson/robustness?step=2');
    renderLesson();
    await screen.findByTestId('shift-prediction');
    expect(screen.getByTestId('shift-prediction')).toHaveAttribute('data-digit', '7');
    expect(screen.getByText(/have not drawn anything/)).toBeInTheDocument();
    go('#/lesson/robustness?step=2&dx=5');
    await screen.findByText(/Moved 5 px right/);
    expect(screen.getByTestId('shift-prediction')).toHaveAttribute('data-digit', '1');
    const holds = screen.getByTestId('holds-up');
    expect(Number(holds.getAttribute('data-right'))).toBeLessThan(5);
    expect(holds.getAttribute('data-left')).toBe('6');
    fireEvent.change(screen.getByTestId('shift-dx'), { target: { value: '-3' } });
    expect(useStore.getState().route.params.dx).toBe('-3');
  });
  it('a malformed dx is named and the default used', () => {
    go('#/lesson/robustness?step=2&dx=99');
    renderLesson();
    expect(screen.getAllByRole('alert').some((e) => /dx/.test(e.textContent ?? ''))).toBe(true);
    expect(screen.getByTestId('shift-dx')).toHaveAttribute('data-value', '0');
  });
});
