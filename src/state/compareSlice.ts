import type { StateCreator } from 'zustand';
import type { MessageKeyOf } from '../i18n';
import type { CamResult, NetworkInfo, SelectedCell } from '../draw/types';

/** Why a side or the test-set comparison failed: a message key of the `compare` namespace and the detail. */
export interface CompareProblem {
  code: MessageKeyOf<'compare'>;
  detail: string;
}

/** One model of the comparison as the page shows it. */
export interface CompareModelInfo {
  /** Name shown to the learner. */
  label: string;
  /** Where it comes from: a shipped model, a model saved in this browser, a file. */
  source: 'shipped' | 'saved' | 'file';
  params: number;
  /** [null, 28, 28, 1] for every model this app can run. */
  inputShape: (number | null)[];
  /** Test accuracy recorded when it was trained (shipped models: metrics.json), on `recordedCount` images. */
  recordedAccuracy: number | null;
  recordedCount: number | null;
  /** Training wall-clock seconds and epochs, when known. */
  trainingSeconds: number | null;
  epochs: number | null;
  /** Whether its CAM can be computed (it ends conv → global average pooling → dense). */
  hasCam: boolean;
}

/** One model's answer for one 28×28 input. */
export interface SideResult {
  probs: Float32Array;
  predicted: number;
  /** One per `network.layers`, channels last. */
  activations: Float32Array[];
  cam: CamResult | null;
}

/** A side (a or b) of the comparison. */
export interface CompareSide {
  status: 'idle' | 'loading' | 'ready' | 'error' | 'needs-file';
  /** A message key of the `compare` namespace and its detail, shown next to this side's chooser. */
  problem: CompareProblem | null;
  info: CompareModelInfo | null;
  network: NetworkInfo | null;
}

/** Both models on one input (the drawing, or a test digit). */
export interface PairResult {
  seq: number;
  input: Float32Array;
  a: SideResult | null;
  b: SideResult | null;
}

export interface CompareView {
  a: CompareSide;
  b: CompareSide;
  /** The drawing through both models (null: empty canvas or no model yet). */
  drawing: PairResult | null;
  evalStatus: 'idle' | 'loading-data' | 'running' | 'done' | 'error';
  evalProblem: CompareProblem | null;
  /** Test images evaluated so far, of `evalTotal`. */
  evalDone: number;
  evalTotal: number;
  /** Each model's predicted digit per evaluated test image, and the labels. */
  predsA: Uint8Array | null;
  predsB: Uint8Array | null;
  labels: Uint8Array | null;
  /** The evaluated test images (count × 784 bytes), for the pictures of the disagreements. */
  testImages: Uint8Array | null;
  /** The test digit the learner opened (from the disagreements), and both models on it. */
  picked: { index: number; label: number; result: PairResult } | null;
  /** A conv cell whose arithmetic is shown, per side. */
  selectedA: SelectedCell | null;
  selectedB: SelectedCell | null;
}

export const initialCompareSide: CompareSide = { status: 'idle', problem: null, info: null, network: null };

export const initialCompareView: CompareView = {
  a: initialCompareSide,
  b: initialCompareSide,
  drawing: null,
  evalStatus: 'idle',
  evalProblem: null,
  evalDone: 0,
  evalTotal: 0,
  predsA: null,
  predsB: null,
  labels: null,
  testImages: null,
  picked: null,
  selectedA: null,
  selectedB: null,
};

export interface CompareSlice {
  compare: CompareView;
  comparePatch(patch: Partial<CompareView>): void;
  comparePatchSide(side: 'a' | 'b', patch: Partial<CompareSide>): void;
  compareSelect(side: 'a' | 'b', cell: SelectedCell | null): void;
}

export const createCompareSlice: StateCreator<CompareSlice, [], [], CompareSlice> = (set) => ({
  compare: initialCompareView,
  comparePatch: (patch) => set((s) => ({ compare: { ...s.compare, ...patch } })),
  comparePatchSide: (side, patch) => set((s) => ({ compare: { ...s.compare, [side]: { ...s.compare[side], ...patch } } })),
  compareSelect: (side, cell) => set((s) => ({ compare: { ...s.compare, [side === 'a' ? 'selectedA' : 'selectedB']: cell } })),
});
