// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '../../src/i18n';
import '../../src/compare/messages';
import { ModelChooser } from '../../src/compare/ModelChooser';
import { initialCompareSide, type CompareModelInfo } from '../../src/state/compareSlice';
import { useStore } from '../../src/state/store';

afterEach(() => {
  cleanup();
  useStore.getState().comparePatchSide('a', initialCompareSide);
});

const base: CompareModelInfo = {
  label: 'mine', source: 'saved', params: 61706, inputShape: [null, 28, 28, 1],
  recordedAccuracy: null, recordedCount: null, trainingSeconds: null, epochs: null, hasCam: false,
};

function show(info: CompareModelInfo) {
  useStore.getState().comparePatchSide('a', { status: 'ready', info });
  render(<ModelChooser side="a" current={{ kind: 'saved', name: 'mine' }} />);
  return screen.getByTestId('compare-a-time');
}

describe('ModelChooser: training time of a saved model', () => {
  it('a recorded run: its seconds and epochs (fractional after a stop), its test accuracy', async () => {
    await i18n.changeLanguage('en');
    const time = show({ ...base, trainingSeconds: 41.3, epochs: 1.46, recordedAccuracy: 0.9712, recordedCount: 10000 });
    expect(time).toHaveTextContent('41 s; epochs trained: 1.46');
    expect(time).toHaveAttribute('data-value', '41.3');
    expect(screen.getByText('97.12% of 10,000 test images')).toBeInTheDocument();
  });

  it('a model saved before the record says so, in English and Korean; stopped after its last test: not measured', async () => {
    await i18n.changeLanguage('en');
    const time = show(base);
    expect(time).toHaveTextContent(/^not recorded: this model was saved without its training record/);
    expect(time).not.toHaveAttribute('data-value');
    cleanup();
    await i18n.changeLanguage('ko');
    expect(show(base)).toHaveTextContent(/^기록되지 않았습니다\. 학습 기록 없이 저장된 모델입니다/);
    cleanup();
    show({ ...base, trainingSeconds: 12, epochs: 2 });
    expect(screen.getByText(/^재지 않았습니다\./)).toBeInTheDocument();
    expect(screen.getByTestId('compare-a-time')).toHaveTextContent('12초, 2 에포크');
    await i18n.changeLanguage('en');
  });
});
