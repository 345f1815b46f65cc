/*
 * Plain data shared by the drawing page's parts (no tfjs objects, no DOM): what the network looks
 * like, what one prediction produced, what the CAM model produced.
 */
import type { MessageKeyOf } from '../i18n';
import type { ActivationKind, ConvLayerParams } from './cellArithmetic';
import type { Preprocessed } from './preprocess';

/** How a layer is drawn in "inside the network". */
export type LayerKind = 'conv' | 'pool' | 'flatten' | 'dense' | 'gap' | 'other';

/** One layer whose output is shown. */
export interface LayerInfo {
  /** Position among the shown layers (and in `DrawResult.activations`). */
  index: number;
  /** The layer's name in the model (e.g. `conv2d_1`). */
  name: string;
  /** tfjs class name (`Conv2D`, `MaxPooling2D`, `Dense`…). */
  className: string;
  kind: LayerKind;
  /** Output shape without the batch axis: `[H, W, C]` for maps, `[n]` for vectors. */
  shape: number[];
  /** The activation function applied inside the layer (`softmax` only for the output layer). */
  activation: ActivationKind | 'softmax';
  /** Which shown layer feeds this one (-1: the 28×28 model input). */
  inputIndex: number;
  /** Position in the model's layer list (and in the activation model's outputs). */
  outputIndex: number;
  /** Learned parameters of a conv layer, in the core's layout. */
  conv?: ConvLayerParams;
  /** Number of trainable parameters. */
  params: number;
}

/** What the page knows about the classifier in use. */
export interface NetworkInfo {
  /** Which model this is: `pretrained`, `mine:<name>` or `file:<name>`. */
  key: string;
  /** Name shown to the learner. */
  label: string;
  layers: LayerInfo[];
}

/** One prediction of the classifier. */
export interface DrawResult {
  /** Increases with every prediction. */
  seq: number;
  /** `performance.now()` of the input event that asked for it (for the latency figures). */
  requestedAt: number;
  /** True when it was asked for by the end of a stroke (pointerup) or a button, not a move. */
  strokeEnd: boolean;
  /** The MNIST preparation; null for an empty canvas (then nothing else is filled in). */
  prep: Preprocessed | null;
  /** Ten class probabilities. */
  probs: Float32Array | null;
  predicted: number | null;
  /** One output per shown layer (channels last, as tfjs gives them). */
  activations: Float32Array[] | null;
  /** `NetworkInfo.key` of the model that computed it. */
  networkKey: string;
  /** Milliseconds spent in the model (forward pass and reading the values back). */
  modelMs: number;
}

/** What the GAP-CAM model computed for the same drawing. */
export interface CamResult {
  seq: number;
  /** `requestedAt` of the prediction it belongs to. */
  requestedAt: number;
  /** f_k(x, y): the last conv layer's maps, channels last `[H, W, K]` (as tfjs gives them). */
  features: Float64Array;
  K: number;
  H: number;
  W: number;
  /** Class weights of the output layer, `weights[k * N + c]` = w_k^c. */
  weights: Float64Array;
  /** b_c. */
  bias: Float64Array;
  N: number;
  /** The 28×28 input it was computed for. */
  input: Float32Array;
  /** The CAM model's own probabilities and prediction. */
  probs: Float32Array;
  predicted: number;
  /** Its layer names (for the formula's labels). */
  featureLayer: string;
  outputLayer: string;
}

/** The activation cell whose arithmetic is shown. */
export interface SelectedCell {
  layer: number;
  k: number;
  row: number;
  col: number;
}

/** Where the classifier comes from. */
export type ModelSourceKind = 'pretrained' | 'mine' | 'file';

/** A problem loading something, shown with role="alert" next to its control. */
export interface LoadProblem {
  /** Message key in the `draw` namespace (e.g. `errors.modelLoad`). */
  code: MessageKeyOf<'draw'>;
  /** The technical detail (file name, shape, the library's message). */
  detail: string;
}
