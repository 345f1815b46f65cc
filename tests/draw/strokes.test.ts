import { describe, expect, it } from 'vitest';
import { addPoint, CANVAS_SIZE, EMPTY_DRAWING, isEmptyDrawing, MODEL_PEN_SHARE, penForModel, undoStroke, type Stroke } from '../../src/draw/strokes';

describe('penForModel', () => {
  it('a small digit drawn with a thick pen is shown to the model with a pen in proportion to it', () => {
    const small: Stroke[] = [{ width: 0.08, points: [0.1, 0.1, 0.1, 0.2] }, { width: 0.08, points: [0.08, 0.12, 0.12, 0.12] }];
    const out = penForModel(small);
    for (const s of out) expect(s.width).toBeCloseTo(MODEL_PEN_SHARE * 0.1, 12);
    expect(small[0].width).toBe(0.08); // the learner's strokes are not changed
  });
  it('a digit drawn large keeps its pen', () => {
    const large: Stroke[] = [{ width: 0.08, points: [0.2, 0.1, 0.3, 0.8] }];
    expect(penForModel(large)[0].width).toBe(0.08);
  });
  it('a single dot keeps a visible pen of at least 4 canvas pixels', () => {
    expect(penForModel([{ width: 0.08, points: [0.5, 0.5] }])[0].width).toBeCloseTo(4 / CANVAS_SIZE, 12);
  });
  it('no strokes: nothing to change', () => {
    expect(penForModel([])).toEqual([]);
  });
});

describe('drawing helpers', () => {
  it('addPoint clamps to the canvas and skips points closer than minStep', () => {
    const s: Stroke = { width: 0.05, points: [] };
    expect(addPoint(s, -0.2, 1.4)).toBe(true);
    expect(s.points).toEqual([0, 1]);
    expect(addPoint(s, 0.0005, 1, 0.002)).toBe(false);
  });
  it('undo removes the last stroke, then the sample; the empty drawing is empty', () => {
    const a: Stroke = { width: 0.05, points: [0.1, 0.1] };
    expect(undoStroke({ sample: null, strokes: [a, a] }).strokes).toHaveLength(1);
    expect(isEmptyDrawing(EMPTY_DRAWING)).toBe(true);
    expect(isEmptyDrawing({ sample: null, strokes: [a] })).toBe(false);
  });
});
