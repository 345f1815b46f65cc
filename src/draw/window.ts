/* Which input cells a selected activation cell looks at. */
import { MNIST_SIDE } from '../model/mnistSizes';
import { resolvePadding } from '../core';
import type { LayerInfo, SelectedCell } from './types';

/**
 * The window of the selected conv cell, in the cells of the layer it reads (`inputIndex`, -1 for
 * the 28×28 input): top-left row/column (negative inside the padding) and its size; null when the
 * selected cell's layer does not read that layer.
 *
 * @example
 * windowOf(network.layers, { layer: 0, k: 2, row: 0, col: 5 }, -1); // { row: -2, col: 3, rows: 5, cols: 5 } ('same', 5×5)
 */
export function windowOf(layers: LayerInfo[], sel: SelectedCell | null, inputIndex: number) {
  if (!sel) return null;
  const layer = layers[sel.layer];
  if (!layer?.conv || layer.inputIndex !== inputIndex) return null;
  const { kh, kw, stride, padding } = layer.conv;
  const [H, W] = inputIndex < 0 ? [MNIST_SIDE, MNIST_SIDE] : layers[inputIndex].shape;
  const pads = resolvePadding(padding, [H, W], [kh, kw], stride);
  return { row: sel.row * stride[0] - pads.top, col: sel.col * stride[1] - pads.left, rows: kh, cols: kw };
}
