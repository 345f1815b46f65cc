/*
 * The GAP-CAM model as the page uses it: one forward pass gives the probabilities and the last
 * conv layer's maps f_k; the output layer's weights w_k^c are read once.
 */
import type * as tf from '@tensorflow/tfjs';
import { makeClassifier, type Classifier } from './classifier';
import type { CamResult } from './types';

/** Runs the CAM model on 28×28 inputs. */
export interface CamRunner {
  classifier: Classifier;
  /** One forward pass → f_k, w_k^c, the CAM model's own probabilities. */
  run(input: Float32Array, seq: number, requestedAt?: number): CamResult;
  dispose(): void;
}

/**
 * Wraps a model ending conv → global average pooling → dense (10). Throws an Error naming what
 * is missing when the model has another shape.
 *
 * @example
 * const cam = makeCamRunner(await loadPretrained('gap-cam'));
 * cam.run(prep.input, 1).features; // f_k(x, y), [7, 7, 64] channels last
 */
export function makeCamRunner(model: tf.LayersModel): CamRunner {
  const classifier = makeClassifier(model, 'gap-cam', 'GAP-CAM');
  const layers = classifier.network.layers;
  const gap = layers.find((l) => l.kind === 'gap');
  const conv = gap ? layers[gap.inputIndex] : undefined;
  const out = gap ? layers.find((l) => l.inputIndex === gap.index && l.kind === 'dense') : undefined;
  if (!gap || !conv || conv.kind !== 'conv' || !out || out !== layers[layers.length - 1]) {
    throw new Error('the CAM needs a model ending in conv → global average pooling → dense');
  }
  const [H, W, K] = conv.shape;
  const N = out.shape[0];
  const [kernel, bias] = model.getLayer(out.name).getWeights();
  const weights = Float64Array.from(kernel.dataSync());
  const b = bias ? Float64Array.from(bias.dataSync()) : new Float64Array(N);
  return {
    classifier,
    run(input, seq, requestedAt = 0) {
      const p = classifier.predict(input);
      let predicted = 0;
      for (let c = 1; c < N; c++) if (p.probs[c] > p.probs[predicted]) predicted = c;
      return {
        seq,
        requestedAt,
        input,
        features: Float64Array.from(p.activations[conv.index]),
        K,
        H,
        W,
        weights,
        bias: b,
        N,
        probs: p.probs,
        predicted,
        featureLayer: conv.name,
        outputLayer: out.name,
      };
    },
    dispose: () => classifier.dispose(),
  };
}
