/*
 * The shape tracer: every layer of a sequential architecture with its output shape, parameters
 * and multiplications from the core's layerShapes, plus what the formulas need to be written out
 * with the numbers (window, stride, padding, the exact value of (D − F + 2P)/S + 1).
 */
import { type LayerSpec, type Pads, convGeometry, layerShapes, poolGeometry } from '../../core';
import type { ArchRow, Architecture, Printed } from './archs';

/** The window arithmetic of a convolution or pooling layer, for one axis (square layers). */
export interface WindowMath {
  /** Input side D, window F (dilation 1), stride S. */
  D: number;
  F: number;
  S: number;
  pads: Pads;
  /** (D − F + P_before + P_after)/S + 1, possibly fractional. */
  exact: number;
  /** The side the layer keeps: ⌊exact⌋. */
  size: number;
}

/** One traced layer. */
export interface TracedLayer {
  index: number;
  label: string;
  /** The core's layer type, or 'norm' for LRN layers (which keep the shape and learn nothing here). */
  type: LayerSpec['type'] | 'norm';
  spec?: LayerSpec;
  /** Channels-first, as the core computes them. */
  inputShape: number[];
  outputShape: number[];
  params: number;
  mults: number;
  window?: WindowMath;
  printed?: Printed;
  /** Sum of params of this layer and all before it. */
  paramsSoFar: number;
  multsSoFar: number;
}

/**
 * A shape written the Keras way, height first and channels last: [32, 26, 26] → [26, 26, 32].
 *
 * @example
 * channelsLast([32, 26, 26]); // [26, 26, 32]
 * channelsLast([9216]);       // [9216]
 */
export function channelsLast(shape: readonly number[]): number[] {
  return shape.length === 3 ? [shape[1], shape[2], shape[0]] : [...shape];
}

/** "26×26×32" or "9216". */
export function shapeText(shape: readonly number[]): string {
  return channelsLast(shape).join('×');
}

function windowOf(spec: LayerSpec, inputShape: number[]): WindowMath | undefined {
  if (spec.type !== 'conv' && spec.type !== 'maxpool' && spec.type !== 'avgpool') return undefined;
  const [, H, W] = inputShape;
  let F: number;
  let S: number;
  let pads: Pads;
  if (spec.type === 'conv') {
    const k = typeof spec.kernelSize === 'number' ? spec.kernelSize : spec.kernelSize[0];
    const g = convGeometry(H, W, k, k, spec);
    F = k;
    S = g.stride[0];
    pads = g.pads;
  } else {
    const k = typeof spec.size === 'number' ? spec.size : spec.size[0];
    const g = poolGeometry(H, W, spec);
    F = k;
    S = g.stride[0];
    pads = g.pads;
  }
  const exact = (H - F + pads.top + pads.bottom) / S + 1;
  return { D: H, F, S, pads, exact, size: Math.floor(exact) };
}

/**
 * Traces an architecture through the core's layerShapes. LRN rows are taken out before the core
 * sees the list and put back with the shape of the layer before them.
 *
 * @example
 * const rows = traceArchitecture(KERAS);
 * rows.map((r) => r.params); // [320, 18496, 0, 0, 0, 1179776, 0, 1290]
 * rows[rows.length - 1].paramsSoFar; // 1199882
 */
export function traceArchitecture(arch: Architecture): TracedLayer[] {
  const coreRows = arch.rows.filter((r): r is Extract<ArchRow, { spec: LayerSpec }> => 'spec' in r);
  const shapes = layerShapes(arch.input, coreRows.map((r) => r.spec));
  const out: TracedLayer[] = [];
  let k = 0;
  let shape: number[] = [...arch.input];
  let params = 0;
  let mults = 0;
  arch.rows.forEach((row, index) => {
    if ('spec' in row) {
      const s = shapes[k++];
      params += s.params;
      mults += s.mults;
      out.push({
        index,
        label: row.label,
        type: s.type,
        spec: row.spec,
        inputShape: s.inputShape,
        outputShape: s.outputShape,
        params: s.params,
        mults: s.mults,
        window: windowOf(row.spec, s.inputShape),
        printed: row.printed,
        paramsSoFar: params,
        multsSoFar: mults,
      });
      shape = s.outputShape;
    } else {
      out.push({ index, label: row.label, type: 'norm', inputShape: shape, outputShape: shape, params: 0, mults: 0, printed: row.printed, paramsSoFar: params, multsSoFar: mults });
    }
  });
  return out;
}

/** Whether a traced layer matches what the slide prints (shape and parameters where printed). */
export function matchesPrinted(layer: TracedLayer): boolean | undefined {
  const p = layer.printed;
  if (!p) return undefined;
  const shapeOk = p.shape === undefined || shapeText(layer.outputShape) === p.shape.join('×');
  const paramsOk = p.params === undefined || p.params === layer.params;
  return shapeOk && paramsOk;
}
