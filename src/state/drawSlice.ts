import type { StateCreator } from 'zustand';
import { BRUSH, EMPTY_DRAWING, undoStroke, type Drawing, type SampleDigit, type Stroke } from '../draw/strokes';
import type { CamResult, DrawResult, LoadProblem, ModelSourceKind, NetworkInfo, SelectedCell } from '../draw/types';

/** The drawing page's state: the drawing, the model in use, the latest results, the learner's picks. */
export interface DrawView {
  drawing: Drawing;
  /** Pen width in canvas pixels (of 280). */
  brush: number;
  /** Where the classifier comes from, and its status. */
  source: ModelSourceKind;
  modelStatus: 'loading' | 'ready' | 'error';
  /** Why the chosen model was not used (the pretrained one is used instead). */
  modelProblem: LoadProblem | null;
  network: NetworkInfo | null;
  /** The tfjs backend in use (`wasm`, `webgl`, `cpu`), once chosen. */
  backend: string | null;
  /** Test accuracy (0…1) of the shipped models, from their metrics.json. */
  accuracy: { lenet5: number | null; gapCam: number | null };
  /** Models saved in this browser by the training page. */
  savedModels: string[];
  result: DrawResult | null;
  camStatus: 'idle' | 'loading' | 'ready' | 'error';
  camProblem: LoadProblem | null;
  cam: CamResult | null;
  /** Class whose CAM is shown; null = the predicted class. */
  camClass: number | null;
  selected: SelectedCell | null;
  samplesStatus: 'idle' | 'loading' | 'ready' | 'error';
  samplesProblem: LoadProblem | null;
  /** Step of the preprocessing step-through (0…3). */
  prepStep: number;
}

export interface DrawSlice {
  draw: DrawView;
  /** Adds a finished stroke (undo removes it again). */
  drawAddStroke(stroke: Stroke): void;
  drawUndo(): void;
  drawClear(): void;
  /** Puts a real MNIST digit on the canvas (replacing the drawing). */
  drawSetSample(sample: SampleDigit): void;
  drawSetBrush(width: number): void;
  drawPatch(patch: Partial<DrawView>): void;
  drawSetResult(result: DrawResult): void;
  drawSetCam(cam: CamResult | null): void;
  drawSelect(cell: SelectedCell | null): void;
  drawSetCamClass(c: number | null): void;
  drawSetPrepStep(step: number): void;
}

export const initialDrawView: DrawView = {
  drawing: EMPTY_DRAWING,
  brush: BRUSH.initial,
  source: 'pretrained',
  modelStatus: 'loading',
  modelProblem: null,
  network: null,
  backend: null,
  accuracy: { lenet5: null, gapCam: null },
  savedModels: [],
  result: null,
  camStatus: 'idle',
  camProblem: null,
  cam: null,
  camClass: null,
  selected: null,
  samplesStatus: 'idle',
  samplesProblem: null,
  prepStep: 0,
};

export const createDrawSlice: StateCreator<DrawSlice, [], [], DrawSlice> = (set) => {
  const patch = (p: Partial<DrawView>) => set((s) => ({ draw: { ...s.draw, ...p } }));
  return {
    draw: initialDrawView,
    drawAddStroke: (stroke) => set((s) => ({ draw: { ...s.draw, drawing: { ...s.draw.drawing, strokes: [...s.draw.drawing.strokes, stroke] } } })),
    drawUndo: () => set((s) => ({ draw: { ...s.draw, drawing: undoStroke(s.draw.drawing) } })),
    drawClear: () => patch({ drawing: EMPTY_DRAWING }),
    drawSetSample: (sample) => patch({ drawing: { sample, strokes: [] } }),
    drawSetBrush: (brush) => patch({ brush }),
    drawPatch: patch,
    drawSetResult: (result) => patch({ result }),
    drawSetCam: (cam) => patch({ cam }),
    drawSelect: (selected) => patch({ selected }),
    drawSetCamClass: (camClass) => patch({ camClass }),
    drawSetPrepStep: (prepStep) => patch({ prepStep: Math.max(0, Math.min(3, prepStep)) }),
  };
};
