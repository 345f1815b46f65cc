/*
 * The classifier the page runs on every stroke: one multi-output tfjs model that returns every
 * shown layer's activation in a single predict, inside tf.tidy so no tensor outlives the call.
 */
import * as tf from '@tensorflow/tfjs';
import { MNIST_PIXELS, MNIST_SIDE } from '../model/mnistSizes';
import { activationModel } from '../model/architectures';
import { validateModelShape } from '../model/modelFiles';
import { attackModelOf, type AttackModel } from './attack/attack';
import { describeNetwork } from './network';
import type { NetworkInfo } from './types';

/** What one forward pass gives back (plain arrays: no tensors leave this module). */
export interface Prediction {
  probs: Float32Array;
  /** One per `network.layers`, channels last. */
  activations: Float32Array[];
}

/** A loaded model ready to predict 28×28 drawings. */
export interface Classifier {
  network: NetworkInfo;
  /** Runs the model on one 28×28 image (784 values 0…1); disposes every tensor it makes. */
  predict(input: Float32Array): Prediction;
  /** The same weights, for input gradients (the attack). */
  attackModel: AttackModel;
  /** Frees the model's weights. */
  dispose(): void;
}

/**
 * Wraps a tfjs model: checks that it fits (28×28×1 in, 10 out, else a ModelFileError naming the shape), reads its
 * layers and weights, and builds the activation model over the same weights.
 *
 * @example
 * const c = makeClassifier(await tf.loadLayersModel(url), 'pretrained', 'LeNet-5');
 * c.predict(prep.input).probs; // Float32Array(10)
 */
export function makeClassifier(model: tf.LayersModel, key: string, label: string): Classifier {
  validateModelShape(model);
  const info = describeNetwork(model, key, label);
  const last = info.layers[info.layers.length - 1];
  if (!last || last.shape.length !== 1 || last.shape[0] !== 10) {
    throw new Error(`the last layer of ${label} does not give 10 values`);
  }
  const needsSoftmax = last.activation !== 'softmax';
  const multi = activationModel(model).model;
  const picks = info.layers.map((l) => l.outputIndex);
  return {
    network: info,
    attackModel: attackModelOf(model, !needsSoftmax),
    predict(input) {
      if (input.length !== MNIST_PIXELS) throw new RangeError(`the model takes ${MNIST_PIXELS} values (${MNIST_SIDE}×${MNIST_SIDE}), not ${input.length}`);
      return tf.tidy(() => {
        const x = tf.tensor4d(input, [1, MNIST_SIDE, MNIST_SIDE, 1]);
        const outs = multi.predict(x) as tf.Tensor | tf.Tensor[];
        const all = Array.isArray(outs) ? outs : [outs];
        const list = picks.map((i) => all[i]);
        const activations = list.map((t) => Float32Array.from(t.dataSync()));
        const scores = list[list.length - 1];
        const probs = needsSoftmax ? Float32Array.from(tf.softmax(scores).dataSync()) : activations[activations.length - 1];
        return { probs, activations };
      });
    },
    dispose() {
      model.dispose();
    },
  };
}
