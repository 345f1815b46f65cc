/**
 * tfjs model files (model.json + one weights.bin) to and from memory, with the checks that make a
 * corrupt or mismatched file fail with a clear message before it replaces anything: the JSON must
 * parse and describe a layers model, the weights must have exactly the bytes the manifest lists,
 * and the model must take a [null, 28, 28, 1] image and give 10 probabilities.
 */
import * as tf from '@tensorflow/tfjs';
import { errorMessage } from '../core/errorMessage';
import { MNIST_CLASSES, MNIST_SIDE } from './mnistSizes';
import type { ModelSpec } from './spec';
import { validateSpec } from './spec';

/** The two files of a saved model. */
export interface ModelFiles {
  /** model.json text (weightsManifest paths: ['weights.bin']). */
  modelJson: string;
  /** weights.bin bytes. */
  weights: ArrayBuffer;
}

/** Metadata this app stores in model.json (userDefinedMetadata). */
export interface AppModelMetadata {
  app: 'cnn-classroom';
  spec?: ModelSpec;
  [key: string]: unknown;
}

/** A model file problem a learner can read (the page shows `message`). */
export class ModelFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ModelFileError';
  }
}

/** Serialises a model into model.json text and weights.bin bytes. */
export async function modelToFiles(model: tf.LayersModel, metadata?: AppModelMetadata): Promise<ModelFiles> {
  if (metadata) model.setUserDefinedMetadata(metadata);
  let files: ModelFiles | undefined;
  await model.save(tf.io.withSaveHandler(async (artifacts) => {
    if (!artifacts.weightSpecs || artifacts.weightData === undefined) throw new ModelFileError('the model has no weights to save');
    const weights = tf.io.concatenateArrayBuffers(artifacts.weightData);
    const json: tf.io.ModelJSON = {
      modelTopology: artifacts.modelTopology as tf.io.ModelJSON['modelTopology'],
      format: artifacts.format ?? 'layers-model',
      generatedBy: artifacts.generatedBy ?? `TensorFlow.js tfjs-layers v${tf.version.tfjs}`,
      convertedBy: artifacts.convertedBy ?? null,
      weightsManifest: [{ paths: ['weights.bin'], weights: artifacts.weightSpecs }],
    };
    if (artifacts.userDefinedMetadata) json.userDefinedMetadata = artifacts.userDefinedMetadata;
    files = { modelJson: JSON.stringify(json), weights };
    return { modelArtifactsInfo: tf.io.getModelArtifactsInfoForJSON(artifacts) };
  }));
  if (!files) throw new ModelFileError('the model could not be serialised');
  return files;
}

const BYTES: Record<string, number> = { float32: 4, int32: 4, bool: 1, uint8: 1, uint16: 2, float16: 2 };

/** Bytes the weights of a manifest entry list take. */
function expectedBytes(specs: tf.io.WeightsManifestEntry[]): number {
  let total = 0;
  for (const w of specs) {
    const size = w.shape.reduce((a, b) => a * b, 1);
    const dtype = w.quantization?.dtype ?? w.dtype;
    const per = BYTES[dtype];
    if (per === undefined) throw new ModelFileError(`model.json lists weight "${w.name}" with an unsupported type ${dtype}`);
    total += size * per;
  }
  return total;
}

/**
 * Checks model.json text and weight buffers and turns them into tfjs ModelArtifacts.
 *
 * @throws ModelFileError naming what is wrong (not JSON, not a layers model, wrong weight size).
 */
export function filesToArtifacts(modelJson: string, weights: ArrayBuffer[]): tf.io.ModelArtifacts {
  let json: tf.io.ModelJSON;
  try {
    json = JSON.parse(modelJson) as tf.io.ModelJSON;
  } catch {
    throw new ModelFileError('model.json is not valid JSON');
  }
  if (typeof json !== 'object' || json === null || typeof json.modelTopology !== 'object' || json.modelTopology === null) {
    throw new ModelFileError('model.json has no model topology: is it a TensorFlow.js layers model?');
  }
  if (json.format !== undefined && json.format !== 'layers-model') {
    throw new ModelFileError(`model.json describes a "${String(json.format)}", not a layers model`);
  }
  if (!Array.isArray(json.weightsManifest) || json.weightsManifest.length === 0) {
    throw new ModelFileError('model.json has no weights manifest');
  }
  const specs = json.weightsManifest.flatMap((g) => g.weights ?? []);
  const want = expectedBytes(specs);
  const have = weights.reduce((s, b) => s + b.byteLength, 0);
  if (have !== want) {
    throw new ModelFileError(`the weights file has ${have} bytes but model.json needs ${want}: the files do not belong together or one is damaged`);
  }
  const artifacts: tf.io.ModelArtifacts = {
    modelTopology: json.modelTopology,
    format: json.format,
    generatedBy: json.generatedBy,
    convertedBy: json.convertedBy,
    weightSpecs: specs,
    weightData: tf.io.concatenateArrayBuffers(weights),
  };
  if (json.userDefinedMetadata) artifacts.userDefinedMetadata = json.userDefinedMetadata;
  return artifacts;
}

/**
 * Checks that a model classifies 28×28 grey images into 10 classes.
 *
 * @throws ModelFileError naming the wrong input or output shape.
 */
export function validateModelShape(model: tf.LayersModel): void {
  if (model.inputs.length !== 1 || model.outputs.length !== 1) {
    throw new ModelFileError(`the model has ${model.inputs.length} inputs and ${model.outputs.length} outputs; expected one of each`);
  }
  const inShape = model.inputs[0].shape;
  const outShape = model.outputs[0].shape;
  const same = (a: (number | null)[], b: (number | null)[]) => a.length === b.length && a.every((v, i) => v === b[i]);
  if (!same(inShape, [null, MNIST_SIDE, MNIST_SIDE, 1])) {
    throw new ModelFileError(`the model's input is [${inShape.map(String).join(', ')}]; expected [null, ${MNIST_SIDE}, ${MNIST_SIDE}, 1] (one ${MNIST_SIDE}×${MNIST_SIDE} grey image)`);
  }
  if (!same(outShape, [null, MNIST_CLASSES])) {
    throw new ModelFileError(`the model's output is [${outShape.map(String).join(', ')}]; expected [null, 10] (one probability per digit)`);
  }
}

/** The app metadata of a model, with its spec when that spec is valid. */
export function metadataOf(model: tf.LayersModel): AppModelMetadata | undefined {
  const meta = model.getUserDefinedMetadata() as Partial<AppModelMetadata> | undefined;
  if (!meta || meta.app !== 'cnn-classroom') return undefined;
  const spec = meta.spec && typeof meta.spec === 'object' && validateSpec(meta.spec).length === 0 ? meta.spec : undefined;
  return { ...meta, app: 'cnn-classroom', spec };
}

/**
 * Loads a model with tfjs (from a URL or an IO handler) and checks its shape; a model of the wrong
 * shape is disposed before the error is thrown, so nothing is left behind when this throws.
 *
 * @param whenNotLoaded the learner's message when tfjs cannot load it, given tfjs's reason.
 * @throws ModelFileError for a model that cannot be loaded or has the wrong shape.
 */
export async function loadCheckedModel(source: string | tf.io.IOHandler, whenNotLoaded: (reason: string) => string): Promise<tf.LayersModel> {
  let model: tf.LayersModel;
  try {
    model = await tf.loadLayersModel(source);
  } catch (e) {
    throw new ModelFileError(whenNotLoaded(errorMessage(e)));
  }
  try {
    validateModelShape(model);
  } catch (e) {
    model.dispose();
    throw e;
  }
  return model;
}

/**
 * Builds a model from files and validates it; nothing else changes when this throws.
 *
 * @throws ModelFileError for a corrupt file or a model of the wrong shape.
 */
export async function modelFromFiles(modelJson: string, weights: ArrayBuffer[]): Promise<tf.LayersModel> {
  const artifacts = filesToArtifacts(modelJson, weights);
  return loadCheckedModel(tf.io.fromMemory(artifacts), (reason) => `the model could not be built from model.json: ${reason}`);
}
