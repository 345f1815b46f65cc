// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '../../src/i18n';
import { useStore } from '../../src/state/store';
import { initialTrainView } from '../../src/state/trainSlice';

// The page without a worker: the controller is replaced, the store is driven by hand.
vi.mock('../../src/train/trainController', () => ({
  ensureWorker: vi.fn(() => true),
  configureOnce: vi.fn(),
  takeAutostart: vi.fn(() => true),
  startTraining: vi.fn(),
  pauseTraining: vi.fn(),
  resumeTraining: vi.fn(),
  stopTraining: vi.fn(),
  inspectDigit: vi.fn(),
  saveModel: vi.fn(),
  loadModel: vi.fn(),
  retryData: vi.fn(),
}));

const controller = await import('../../src/train/trainController');
const { default: TrainPage } = await import('../../src/train/TrainPage');

function open(hash: string) {
  window.history.replaceState(null, '', hash);
  useStore.getState().syncFromHash(hash);
  return render(<TrainPage />);
}

beforeEach(async () => {
  await i18n.changeLanguage('en');
  useStore.setState({ train: initialTrainView() });
  vi.clearAllMocks();
});
afterEach(cleanup);

describe('TrainPage', () => {
  it('malformed link settings: each ignored value is named in an alert, the defaults are used', () => {
    open('#/train?model=keras&epochs=ten&batch=64&lr=-1&backend=gpu');
    const alerts = screen.getAllByTestId('ignored-param');
    expect(alerts.map((a) => a.getAttribute('data-key'))).toEqual(['epochs', 'lr', 'backend']);
    expect(alerts[0]).toHaveAttribute('role', 'alert');
    expect(alerts[0]).toHaveTextContent('epochs=ten');
    expect(alerts[2]).toHaveTextContent('backend=gpu');
    expect(screen.getByTestId('set-epochs')).toHaveValue(5);
    expect(screen.getByTestId('set-batch')).toHaveValue(64);
    // The valid model parameter still applies: the Keras summary.
    expect(screen.getByTestId('param-count')).toHaveTextContent('1,199,882');
    expect(controller.ensureWorker).toHaveBeenCalledWith({ backend: 'auto', testLimit: 10000, threads: 0 }, false);
  });

  it('an invalid model size shows a message next to its field and the summary keeps the last valid model', () => {
    open('#/train?model=keras&lang=en');
    const filters = screen.getByTestId('spec-conv-0-filters');
    fireEvent.change(filters, { target: { value: '500' } });
    expect(document.getElementById('spec-conv-0-filters-err')).toHaveTextContent('from 1 to 128');
    expect(document.getElementById('spec-conv-0-filters-err')).toHaveAttribute('role', 'alert');
    expect(filters).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByTestId('param-count')).toHaveTextContent('1,199,882');
    expect(useStore.getState().route.params.conv).toBeUndefined();
    // A valid edit updates the link and the summary: 16 filters → (9+1)·16 + (9·16+1)·64 + 1,179,776 + 1,290.
    fireEvent.change(filters, { target: { value: '16' } });
    expect(useStore.getState().route.params.conv).toBe('16x3,64x3');
    expect(screen.getByTestId('param-count')).toHaveAttribute('data-value', String(160 + 9280 + 1179776 + 1290));
  });

  it('an invalid run setting shows a message next to it and the link keeps the valid value', () => {
    open('#/train?epochs=3');
    fireEvent.change(screen.getByTestId('set-epochs'), { target: { value: '0' } });
    expect(document.getElementById('set-epochs-err')).toHaveAttribute('role', 'alert');
    expect(useStore.getState().route.params.epochs).toBe('3');
    fireEvent.change(screen.getByTestId('set-epochs'), { target: { value: '7' } });
    expect(useStore.getState().route.params.epochs).toBe('7');
    expect(document.getElementById('set-epochs-err')).toBeNull();
  });

  it('buttons follow the worker: start when ready, pause/resume and stop while training', () => {
    open('#/train?limit=2000&epochs=1&batch=64');
    expect(screen.getByTestId('train-start')).toBeDisabled();
    act(() => useStore.getState().applyTrainMessage({ type: 'status', state: 'ready' }));
    expect(controller.configureOnce).toHaveBeenCalled();
    fireEvent.click(screen.getByTestId('train-start'));
    expect(controller.startTraining).toHaveBeenCalledWith(expect.objectContaining({ kind: 'lenet5' }), expect.objectContaining({ epochs: 1, batchSize: 64, limit: 2000, continueTraining: false }));
    act(() => useStore.getState().applyTrainMessage({ type: 'status', state: 'training' }));
    expect(screen.getByTestId('train-status')).toHaveAttribute('data-state', 'training');
    expect(screen.getByTestId('train-start')).toBeDisabled();
    fireEvent.click(screen.getByTestId('train-pause'));
    expect(controller.pauseTraining).toHaveBeenCalled();
    act(() => useStore.getState().applyTrainMessage({ type: 'status', state: 'paused' }));
    expect(screen.getByTestId('train-pause')).toHaveTextContent('Resume');
    fireEvent.click(screen.getByTestId('train-pause'));
    expect(controller.resumeTraining).toHaveBeenCalled();
    fireEvent.click(screen.getByTestId('train-stop'));
    expect(controller.stopTraining).toHaveBeenCalled();
  });

  it('a data error shows a message and Retry; a worker crash shows an alert and keeps the model', () => {
    open('#/train');
    act(() => useStore.getState().applyTrainMessage({ type: 'data-error', code: 'missing', message: 'HTTP 404', file: 'train-images.u8.gz' }));
    expect(screen.getByTestId('data-status')).toHaveTextContent('train-images.u8.gz was not found');
    fireEvent.click(screen.getByTestId('data-retry'));
    expect(controller.retryData).toHaveBeenCalled();
    act(() => {
      const s = useStore.getState();
      s.applyTrainMessage({ type: 'checkpoint', epoch: 2, modelJson: '{}', weights: new ArrayBuffer(8) });
      s.applyTrainMessage({ type: 'error', code: 'worker-crash', message: 'Training stopped: out of memory.' });
    });
    const alert = screen.getByTestId('train-error');
    expect(alert).toHaveAttribute('role', 'alert');
    expect(alert).toHaveTextContent('as of epoch 2 is kept');
  });

  it('after an epoch: test accuracy with data-value, and the confusion matrix shows a cell’s digits', () => {
    open('#/train');
    const labels = new Uint8Array(20).map((_, i) => i % 10);
    const confusion = new Int32Array(100);
    for (let i = 0; i < 20; i++) confusion[labels[i] * 10 + labels[i]] += 1;
    confusion[7 * 10 + 7] -= 1;
    confusion[7 * 10 + 1] += 1;
    act(() => {
      const s = useStore.getState();
      s.applyTrainMessage({ type: 'test-set', images: new Uint8Array(20 * 784), labels, count: 20 });
      s.applyTrainMessage({ type: 'epoch', epoch: 1, epochs: 1, testLoss: 0.2, testAccuracy: 0.95, testCount: 20, confusion, misclassified: [{ index: 17, label: 7, predicted: 1, top: [[1, 0.6], [7, 0.3], [9, 0.05]] }], seconds: 3, numTensors: 30, predictions: labels.map((l, i) => (i === 17 ? 1 : l)) });
    });
    expect(screen.getByTestId('test-accuracy')).toHaveAttribute('data-value', '0.95');
    fireEvent.click(screen.getByTestId('grid-confusion').querySelector('[data-row="7"][data-col="1"]')!);
    const gallery = screen.getByTestId('cell-images');
    expect(gallery.querySelectorAll('[data-index]')).toHaveLength(1);
    expect(gallery.querySelector('[data-index]')).toHaveAttribute('data-index', '17');
    fireEvent.click(screen.getByTestId('grid-confusion').querySelector('[data-row="7"][data-col="7"]')!);
    expect(Array.from(screen.getByTestId('cell-images').querySelectorAll('[data-index]')).map((e) => e.getAttribute('data-index'))).toEqual(['7']);
    fireEvent.click(screen.getByTestId('cell-images').querySelector('[data-index="7"]')!);
    expect(controller.inspectDigit).toHaveBeenCalledWith(7);
    expect(screen.getByTestId('misclassified')).toHaveTextContent('1: 60%');
  });
});
