/*
 * Adversarial examples from the model's input gradient: the fast gradient sign method (one step
 * of size ε along sign(∂loss/∂x)) and its iterative version (small steps, each time projected back
 * into the ε-box around the drawing and into 0…1). Untargeted: push the loss of the current answer
 * up; targeted: pull the loss of the chosen digit down. Every gradient is taken inside tf.tidy, so
 * no tensor outlives a call; only plain arrays leave this module.
 */
import * as tf from '@tensorflow/tfjs';

import { MNIST_CLASSES, MNIST_PIXELS, MNIST_SIDE } from '../../model/mnistSizes';
import { EPSILON_RANGE, ITERATIVE_STEPS, SEARCH_HALVINGS, type AttackMethod } from './attackLimits';

export { EPSILON_RANGE, type AttackMethod } from './attackLimits';

/** What the attack needs from a model: a batch of 28×28×1 images → ten probabilities (or scores). */
export interface AttackModel {
  /** Runs the model on [n, 28, 28, 1]; called inside tf.tidy / tf.grad. */
  apply(x: tf.Tensor4D): tf.Tensor2D;
  /** True when `apply` already ends with a softmax. */
  givesProbabilities: boolean;
  /** The ten scores before the softmax, where they can be read (layers in a chain ending in a softmax Dense). */
  logits?(x: tf.Tensor4D): tf.Tensor2D;
}

export interface AttackOptions {
  method: AttackMethod;
  /** A digit to turn the drawing into, or null: any digit but the current answer. */
  target: number | null;
  /** The largest allowed change of one pixel (EPSILON_RANGE). */
  epsilon: number;
}

/** One adversarial input and what the model makes of it. */
export interface AttackTry {
  epsilon: number;
  adversarial: Float32Array;
  probs: Float32Array;
  predicted: number;
  success: boolean;
}

/** The smallest perturbation found (or the one at the full ε when none fooled the model). */
export interface AttackResult extends AttackTry {
  method: AttackMethod;
  target: number | null;
  /** The model's answer for the unchanged input. */
  original: number;
  originalProbs: Float32Array;
  /** adversarial − input. */
  perturbation: Float32Array;
  /** max |perturbation| (0…1). */
  linf: number;
  /** The ε asked for (the search stays at or below it). */
  maxEpsilon: number;
  /** Gradient evaluations spent. */
  gradients: number;
}

/**
 * Wraps a tfjs LayersModel for the attack (prediction mode: dropout off).
 *
 * @example
 * const am = attackModelOf(model, true);
 */
export function attackModelOf(model: tf.LayersModel, givesProbabilities: boolean): AttackModel {
  const m: AttackModel = {
    apply: (x) => model.apply(x, { training: false }) as tf.Tensor2D,
    givesProbabilities,
  };
  const layers = model.layers.filter((l) => l.getClassName() !== 'InputLayer');
  const last = layers[layers.length - 1];
  const chain = layers.every((l, i) => i === 0 || l.inboundNodes[0]?.inboundLayers[0] === layers[i - 1]);
  if (givesProbabilities && chain && last?.getClassName() === 'Dense' && last.getConfig().activation === 'softmax') {
    // A saturated softmax (p = 1 in float32) has no gradient; the scores before it always do.
    m.logits = (x) => {
      let h: tf.Tensor = x;
      for (const l of layers.slice(0, -1)) h = l.apply(h, { training: false }) as tf.Tensor;
      const [kernel, bias] = last.getWeights();
      const z = tf.matMul(h as tf.Tensor2D, kernel as tf.Tensor2D);
      return (bias ? tf.add(z, bias) : z) as tf.Tensor2D;
    };
  }
  return m;
}

function probabilities(m: AttackModel, x: tf.Tensor4D): tf.Tensor2D {
  const out = m.apply(x);
  return m.givesProbabilities ? out : tf.softmax(out);
}

function argmax(p: ArrayLike<number>): number {
  let best = 0;
  for (let i = 1; i < p.length; i++) if (p[i] > p[best]) best = i;
  return best;
}

/**
 * The model's probabilities for one 28×28 input (784 values 0…1).
 *
 * @example
 * probsOf(am, input); // Float32Array(10)
 */
export function probsOf(m: AttackModel, input: Float32Array): Float32Array {
  return tf.tidy(() => Float32Array.from(probabilities(m, tf.tensor4d(input, [1, MNIST_SIDE, MNIST_SIDE, 1])).dataSync()));
}

/** Scores whose differences rank the classes: the logits, or log p, or the model's own scores. */
function scoresOf(m: AttackModel, x: tf.Tensor4D): tf.Tensor2D {
  if (m.logits) return m.logits(x);
  return m.givesProbabilities ? tf.log(tf.add(m.apply(x), 1e-30)) : m.apply(x);
}

/**
 * The loss of class `label` for one image: the best other class's score minus `label`'s (a margin,
 * positive once another class wins). Unlike −log p it keeps a gradient when p(label) rounds to 1.
 */
function lossOf(m: AttackModel, x: tf.Tensor4D, label: number): tf.Scalar {
  const z = scoresOf(m, x);
  const own = z.slice([0, label], [1, 1]).sum();
  const mask = tf.oneHot([label], 10).mul(-1e9);
  const others = tf.add(z, mask).max();
  return tf.sub(others, own);
}

/**
 * sign(∂loss/∂x) for one image, +1 where raising that pixel raises the loss of `label`.
 *
 * @example
 * gradientSign(am, input, 7); // Float32Array(784) of −1, 0, 1
 */
export function gradientSign(m: AttackModel, input: Float32Array, label: number): Float32Array {
  return tf.tidy(() => {
    const x = tf.tensor4d(input, [1, MNIST_SIDE, MNIST_SIDE, 1]);
    const g = tf.grad((v: tf.Tensor) => lossOf(m, v as tf.Tensor4D, label))(x);
    return Float32Array.from(tf.sign(g).dataSync());
  });
}

function checkOptions(input: Float32Array, o: AttackOptions): void {
  if (input.length !== MNIST_PIXELS) throw new RangeError(`the attack takes ${MNIST_PIXELS} values (${MNIST_SIDE}×${MNIST_SIDE}), not ${input.length}`);
  if (!(o.epsilon >= EPSILON_RANGE.min && o.epsilon <= EPSILON_RANGE.max)) {
    throw new RangeError(`ε must be between ${EPSILON_RANGE.min} and ${EPSILON_RANGE.max}, not ${o.epsilon}`);
  }
  if (o.target !== null && !(Number.isInteger(o.target) && o.target >= 0 && o.target <= 9)) {
    throw new RangeError(`the target must be a digit 0–9, not ${o.target}`);
  }
}

/**
 * One attack at a fixed ε (no search). `label` is the class whose loss is pushed up (untargeted:
 * the current answer) or pulled down (targeted: the target). Every pixel of the result lies within
 * ε of the input and within 0…1.
 *
 * @example
 * attackAt(am, input, { method: 'fgsm', target: null, epsilon: 0.2 }, 7).success;
 */
export function attackAt(m: AttackModel, input: Float32Array, o: AttackOptions, original: number): AttackTry & { gradients: number } {
  checkOptions(input, o);
  const targeted = o.target !== null;
  const label = targeted ? (o.target as number) : original;
  const direction = targeted ? -1 : 1;
  const fooled = (d: number) => (targeted ? d === o.target : d !== original);
  const steps = o.method === 'fgsm' ? 1 : ITERATIVE_STEPS;
  const alpha = o.method === 'fgsm' ? o.epsilon : (2.5 * o.epsilon) / ITERATIVE_STEPS;
  const x = Float32Array.from(input);
  let probs: Float32Array = new Float32Array(MNIST_CLASSES);
  let gradients = 0;
  for (let s = 0; s < steps; s++) {
    const sign = gradientSign(m, x, label);
    gradients++;
    for (let i = 0; i < MNIST_PIXELS; i++) {
      const lo = Math.max(0, input[i] - o.epsilon);
      const hi = Math.min(1, input[i] + o.epsilon);
      x[i] = Math.min(hi, Math.max(lo, x[i] + direction * alpha * sign[i]));
    }
    probs = probsOf(m, x);
    if (fooled(argmax(probs))) break;
  }
  const predicted = argmax(probs);
  return { epsilon: o.epsilon, adversarial: x, probs, predicted, success: fooled(predicted), gradients };
}

/**
 * The attack with the smallest ε found: tries the full ε; when that fools the model, halves the
 * interval [0, ε] SEARCH_HALVINGS times and keeps the smallest ε that still fools it. `pause` is
 * awaited between tries (the page stays responsive).
 *
 * @throws RangeError for ε out of range, a target that is not a digit, a wrong input size, or a
 *   target equal to the current answer.
 * @example
 * const r = await runAttack(am, input, { method: 'iterative', target: 3, epsilon: 0.3 });
 * r.success; r.linf; // true, 0.12
 */
export async function runAttack(m: AttackModel, input: Float32Array, o: AttackOptions, pause: () => Promise<void> = async () => {}): Promise<AttackResult> {
  checkOptions(input, o);
  const originalProbs = probsOf(m, input);
  const original = argmax(originalProbs);
  if (o.target === original) throw new RangeError(`the model already reads ${original}: choose another target digit`);
  let gradients = 0;
  const tryAt = (epsilon: number) => {
    const t = attackAt(m, input, { ...o, epsilon }, original);
    gradients += t.gradients;
    return t;
  };
  let best = tryAt(o.epsilon);
  if (best.success) {
    let lo = 0;
    let hi = o.epsilon;
    for (let h = 0; h < SEARCH_HALVINGS; h++) {
      await pause();
      const mid = Math.max(EPSILON_RANGE.min / 10, (lo + hi) / 2);
      const t = tryAt(mid);
      if (t.success) {
        best = t;
        hi = mid;
      } else {
        lo = mid;
      }
    }
  }
  const perturbation = new Float32Array(MNIST_PIXELS);
  let linf = 0;
  for (let i = 0; i < MNIST_PIXELS; i++) {
    perturbation[i] = best.adversarial[i] - input[i];
    linf = Math.max(linf, Math.abs(perturbation[i]));
  }
  return { ...best, method: o.method, target: o.target, original, originalProbs, perturbation, linf, maxEpsilon: o.epsilon, gradients };
}

/**
 * How much each shown layer's activation changed: ‖a′ − a‖ / ‖a‖ (0 = unchanged).
 *
 * @example
 * layerChanges(before.activations, after.activations); // [0.31, 0.28, 0.55, …]
 */
export function layerChanges(before: readonly Float32Array[], after: readonly Float32Array[]): number[] {
  return before.map((a, k) => {
    const b = after[k];
    let diff = 0;
    let norm = 0;
    for (let i = 0; i < a.length; i++) {
      diff += (b[i] - a[i]) ** 2;
      norm += a[i] ** 2;
    }
    return norm > 0 ? Math.sqrt(diff / norm) : Math.sqrt(diff);
  });
}
