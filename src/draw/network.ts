/*
 * Reads a tfjs LayersModel into plain data the page can show: its layers, their output shapes and
 * the conv layers' weights in the tensor core's layout.
 */
import type * as tfTypes from '@tensorflow/tfjs';
import { tfjsKernelToCore, type ActivationKind } from './cellArithmetic';
import type { LayerInfo, LayerKind, NetworkInfo } from './types';

function kindOf(className: string): LayerKind | null {
  switch (className) {
    case 'Conv2D':
      return 'conv';
    case 'MaxPooling2D':
    case 'AveragePooling2D':
      return 'pool';
    case 'Flatten':
      return 'flatten';
    case 'Dense':
      return 'dense';
    case 'GlobalAveragePooling2D':
    case 'GlobalMaxPooling2D':
      return 'gap';
    case 'Dropout':
    case 'InputLayer':
      return null; // identity at prediction time / the input itself
    default:
      return 'other';
  }
}

function activationOf(config: tfTypes.serialization.ConfigDict): ActivationKind | 'softmax' {
  const a = config.activation;
  const name = typeof a === 'string' ? a : 'linear';
  if (name === 'relu' || name === 'sigmoid' || name === 'tanh' || name === 'softmax') return name;
  return 'linear';
}

function pair(v: unknown, fallback: number): [number, number] {
  if (Array.isArray(v)) return [Number(v[0] ?? fallback), Number(v[1] ?? v[0] ?? fallback)];
  if (typeof v === 'number') return [v, v];
  return [fallback, fallback];
}

/**
 * Describes the layers of a (sequential-style) model whose outputs the page shows, with each conv
 * layer's kernel and bias read out (tfjs [kh, kw, in, out] → core [K, C, kh, kw]). Dropout and
 * the input layer are left out: at prediction time they change nothing. `outputIndex` is the
 * layer's position in `model.layers` (and so in src/model's activationModel outputs).
 *
 * @example
 * const info = describeNetwork(model, 'pretrained', 'LeNet-5');
 * info.layers.map((l) => l.name); // ['conv2d_1', 'max_pooling2d_1', …, 'dense_3']
 */
export function describeNetwork(model: tfTypes.LayersModel, key: string, label: string): NetworkInfo {
  const layers: LayerInfo[] = [];
  const shownIndex = new Map<string, number>();
  for (const [outputIndex, layer] of model.layers.entries()) {
    const className = layer.getClassName();
    const kind = kindOf(className);
    const inbound = layer.inboundNodes[0]?.inboundLayers[0]?.name;
    const feedsFrom = inbound === undefined ? -1 : shownIndex.get(inbound) ?? -1;
    if (kind === null) {
      // pass the input link through: a layer after Dropout reads what Dropout read
      shownIndex.set(layer.name, feedsFrom);
      continue;
    }
    const out = layer.output;
    if (Array.isArray(out)) continue;
    const config = layer.getConfig();
    const shape = out.shape.slice(1).map((d) => Number(d));
    const info: LayerInfo = {
      index: layers.length,
      name: layer.name,
      className,
      kind,
      shape,
      activation: activationOf(config),
      inputIndex: feedsFrom,
      outputIndex,
      params: layer.countParams(),
    };
    const dilation = pair(config.dilationRate ?? config.dilation_rate, 1);
    if (kind === 'conv' && dilation[0] === 1 && dilation[1] === 1) {
      const [kT, bT] = layer.getWeights();
      const [kh, kw, C, K] = kT.shape;
      const act = info.activation === 'softmax' ? 'linear' : info.activation;
      info.conv = {
        name: layer.name,
        kh,
        kw,
        C,
        K,
        kernel: tfjsKernelToCore(kT.dataSync(), kh, kw, C, K),
        bias: bT ? Float64Array.from(bT.dataSync()) : new Float64Array(K),
        stride: pair(config.strides, 1),
        padding: config.padding === 'same' ? 'same' : 'valid',
        activation: act,
      };
    }
    shownIndex.set(layer.name, layers.length);
    layers.push(info);
  }
  return { key, label, layers };
}
