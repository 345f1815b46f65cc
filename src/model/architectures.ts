/**
 * tfjs-layers models built from a ModelSpec (LeNet-5, the lectures' Keras model, a GAP-CAM net),
 * following the layer plan of summary.ts so that the page's summary and the real model agree, and
 * a multi-output model that returns every layer's activation in one predict.
 */
import * as tf from '@tensorflow/tfjs';
import type { ModelSpec } from './spec';
import { INPUT_SHAPE, planLayers, type LayerPlan } from './summary';

/**
 * Builds the (uncompiled) model of a spec. Weights come from seeded Glorot-uniform initialisers
 * (seed + layer index), biases start at zero, so the same spec and seed give the same model.
 * Dropout masks are not seeded (a fixed seed would reuse one mask at every step).
 *
 * @example buildModel(defaultSpec('lenet5'), 1).countParams() // → 61706
 * @throws RangeError for an invalid spec.
 */
export function buildModel(spec: ModelSpec, seed: number): tf.Sequential {
  const plan = planLayers(spec);
  const model = tf.sequential({ name: spec.kind.replace('-', '_') });
  plan.forEach((layer, i) => {
    const first = i === 0 ? { inputShape: [...INPUT_SHAPE] } : {};
    model.add(makeLayer(layer, seed + i, first));
  });
  return model;
}

function makeLayer(layer: LayerPlan, seed: number, first: { inputShape?: number[] }): tf.layers.Layer {
  const kernelInitializer = tf.initializers.glorotUniform({ seed });
  switch (layer.op) {
    case 'conv':
      return tf.layers.conv2d({
        ...first, name: layer.name, filters: layer.filters, kernelSize: layer.kernel, padding: layer.padding,
        activation: 'relu', kernelInitializer, biasInitializer: 'zeros',
      });
    case 'maxpool':
      return tf.layers.maxPooling2d({ ...first, name: layer.name, poolSize: layer.size, strides: layer.size });
    case 'dropout':
      return tf.layers.dropout({ ...first, name: layer.name, rate: layer.rate });
    case 'flatten':
      return tf.layers.flatten({ ...first, name: layer.name });
    case 'gap':
      return tf.layers.globalAveragePooling2d({ ...first, name: layer.name });
    case 'dense':
      return tf.layers.dense({
        ...first, name: layer.name, units: layer.units, activation: layer.activation, kernelInitializer,
        biasInitializer: 'zeros', useBias: layer.bias,
      });
  }
}

/** A model returning every layer's output, and the names and classes of those layers. */
export interface ActivationModel {
  model: tf.LayersModel;
  names: string[];
  types: string[];
}

/**
 * One multi-output tf.model whose single predict returns every layer's activation (in layer
 * order). Shares weights with `model`; dispose it with `.model.dispose()` only if you also mean to
 * dispose those weights — normally just drop it.
 *
 * @example const act = activationModel(model); const outs = act.model.predict(x) as tf.Tensor[];
 */
export function activationModel(model: tf.LayersModel): ActivationModel {
  const outputs = model.layers.map((l) => l.output as tf.SymbolicTensor);
  return {
    model: tf.model({ inputs: model.inputs, outputs, name: `${model.name}_activations` }),
    names: model.layers.map((l) => l.name),
    types: model.layers.map((l) => l.getClassName()),
  };
}
