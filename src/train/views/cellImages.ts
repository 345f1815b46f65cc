import type { Misclassified } from '../../model/protocol';

/** Test images of one confusion-matrix cell that the page can name exactly. */
export interface CellImages {
  indices: number[];
  /** The cell's count (from the matrix). */
  count: number;
  /** True when every image of the cell is listed (not cut by `max` or by the worker's cap). */
  complete: boolean;
}

/**
 * The test images in confusion cell (true t, predicted p), from what the worker sends: the labels,
 * the confusion counts and the first misclassified images in test-set order (capped). Off the
 * diagonal they are the listed mistakes. On the diagonal they are the images of digit t that are
 * not listed as mistakes; when the list is capped, only images before its last entry are surely
 * right (every mistake before it is listed), so the search stops there.
 *
 * With `predictions` (the worker's prediction for every evaluated image) the cell is listed exactly.
 *
 * @example cellImages(labels, confusion, [{ index: 3, label: 1, predicted: 7, top: [] }], 1, 7).indices // → [3]
 */
export function cellImages(
  labels: Uint8Array,
  confusion: ArrayLike<number>,
  misclassified: readonly Misclassified[],
  trueDigit: number,
  predicted: number,
  max = 60,
  predictions: Uint8Array | null = null,
): CellImages {
  const count = confusion[trueDigit * 10 + predicted] ?? 0;
  if (predictions) {
    const indices: number[] = [];
    for (let i = 0; i < predictions.length && indices.length < max; i++) {
      if (labels[i] === trueDigit && predictions[i] === predicted) indices.push(i);
    }
    return { indices, count, complete: indices.length >= count };
  }
  let mistakes = 0;
  let testCount = 0;
  for (let r = 0; r < 10; r++) {
    for (let c = 0; c < 10; c++) {
      const v = confusion[r * 10 + c] ?? 0;
      testCount += v;
      if (r !== c) mistakes += v;
    }
  }
  if (trueDigit !== predicted) {
    const listed = misclassified.filter((m) => m.label === trueDigit && m.predicted === predicted).map((m) => m.index);
    return { indices: listed.slice(0, max), count, complete: listed.length <= max && listed.length >= count };
  }
  const wrong = new Set(misclassified.map((m) => m.index));
  const capped = misclassified.length < mistakes;
  const end = Math.min(testCount, labels.length, capped ? (misclassified.at(-1)?.index ?? 0) : Infinity);
  const indices: number[] = [];
  for (let i = 0; i < end && indices.length < max; i++) {
    if (labels[i] === trueDigit && !wrong.has(i)) indices.push(i);
  }
  return { indices, count, complete: indices.length >= count };
}
