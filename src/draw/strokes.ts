/*
 * What the learner has drawn, as data: strokes in canvas-independent units (0…1 on both axes),
 * plus an optional sample digit underneath. The canvas renders it; undo removes the last stroke.
 */

/** One pen stroke: points `[x0, y0, x1, y1, …]` in 0…1 of the drawing's side, and the pen width in the same unit. */
export interface Stroke {
  width: number;
  points: number[];
}

/** A real MNIST digit put on the canvas (28×28 grey values 0…1) and its label. */
export interface SampleDigit {
  /** Position in the MNIST test set. */
  index: number;
  label: number;
  pixels: Float32Array;
}

/** Everything on the canvas. */
export interface Drawing {
  sample: SampleDigit | null;
  strokes: Stroke[];
}

/** The empty drawing. */
export const EMPTY_DRAWING: Drawing = { sample: null, strokes: [] };

/** Side of the canvas's backing store, in pixels: the ink the preprocessing reads is this size. */
export const CANVAS_SIZE = 280;

/** Pen widths the slider offers, in canvas pixels (of {@link CANVAS_SIZE}). */
export const BRUSH = { min: 8, max: 40, step: 2, initial: 22 } as const;

/**
 * True when nothing is drawn.
 *
 * @example
 * isEmptyDrawing(EMPTY_DRAWING); // true
 */
export function isEmptyDrawing(d: Drawing): boolean {
  return d.sample === null && d.strokes.every((s) => s.points.length === 0);
}

/**
 * The drawing without its last stroke (or without the sample, when there are no strokes left).
 *
 * @example
 * undoStroke({ sample: null, strokes: [a, b] }); // { sample: null, strokes: [a] }
 */
export function undoStroke(d: Drawing): Drawing {
  if (d.strokes.length > 0) return { ...d, strokes: d.strokes.slice(0, -1) };
  return d.sample ? { ...d, sample: null } : d;
}

/**
 * Adds one point to a stroke unless it is closer than `minStep` (canvas units) to the last one.
 * Returns true when the point was added.
 *
 * @example
 * const s: Stroke = { width: 0.08, points: [0.5, 0.5] };
 * addPoint(s, 0.5001, 0.5, 0.002); // false: too close
 */
export function addPoint(stroke: Stroke, x: number, y: number, minStep = 0.002): boolean {
  const n = stroke.points.length;
  const cx = Math.min(1, Math.max(0, x));
  const cy = Math.min(1, Math.max(0, y));
  if (n >= 2 && Math.hypot(stroke.points[n - 2] - cx, stroke.points[n - 1] - cy) < minStep) return false;
  stroke.points.push(cx, cy);
  return true;
}

/** Widest pen, as a share of the drawing's extent, that the model is shown: MNIST strokes are about 2–3 px of a 20 px digit. */
export const MODEL_PEN_SHARE = 0.15;

/**
 * The strokes as the model should see them: a small digit drawn with a thick pen would become a
 * blot once scaled up to the 20×20 box, so each pen is narrowed to at most {@link MODEL_PEN_SHARE}
 * of the drawing's extent (the larger side of the box around all points). A digit drawn large
 * keeps its pen.
 *
 * @example
 * // a 1 drawn 0.1 tall with a 0.08 pen is shown to the model with a 0.015 pen
 * penForModel([{ width: 0.08, points: [0.1, 0.1, 0.1, 0.2] }])[0].width; // 0.015
 */
export function penForModel(strokes: readonly Stroke[]): Stroke[] {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const s of strokes) {
    for (let i = 0; i + 1 < s.points.length; i += 2) {
      minX = Math.min(minX, s.points[i]);
      maxX = Math.max(maxX, s.points[i]);
      minY = Math.min(minY, s.points[i + 1]);
      maxY = Math.max(maxY, s.points[i + 1]);
    }
  }
  if (minX === Infinity) return strokes.slice();
  const extent = Math.max(maxX - minX, maxY - minY);
  const widest = Math.max(MODEL_PEN_SHARE * extent, 4 / CANVAS_SIZE);
  return strokes.map((s) => (s.width > widest ? { ...s, width: widest } : s));
}
