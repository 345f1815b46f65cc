/*
 * "Fool the model" over 100 MNIST test digits with the shipped LeNet-5 (the app's own attack code,
 * tfjs wasm in Node, single-threaded): for FGSM and the iterative attack, untargeted, the share of
 * digits whose answer changes within ε ≤ 0.3 (and ≤ 0.5), and the median of the smallest ε found.
 * The digits are the first 100 test images the model reads correctly. Run: npm run bench:attack.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import * as tf from '@tensorflow/tfjs';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { makeClassifier } from '../src/draw/classifier';
import { runAttack, type AttackMethod } from '../src/draw/attack/attack';
import { modelFromFiles } from '../src/model/modelFiles';
import { registerWasmTrainingKernels } from '../src/model/wasmKernels';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const DIGITS = 100;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return Number.NaN;
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

async function main(): Promise<void> {
  tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
  setWasmPaths(join(dirname(require.resolve('@tensorflow/tfjs-backend-wasm/package.json')), 'dist') + '/');
  registerWasmTrainingKernels();
  await tf.setBackend('wasm');
  await tf.ready();
  const dir = join(root, 'public', 'models', 'lenet5');
  const w = readFileSync(join(dir, 'weights.bin'));
  const model = await modelFromFiles(readFileSync(join(dir, 'model.json'), 'utf8'), [w.buffer.slice(w.byteOffset, w.byteOffset + w.byteLength)]);
  const c = makeClassifier(model, 'pretrained', 'LeNet-5');
  const data = join(root, 'public', 'data', 'mnist');
  const images = gunzipSync(readFileSync(join(data, 'test-images.u8.gz')));
  const labels = gunzipSync(readFileSync(join(data, 'test-labels.u8.gz')));
  const picked: number[] = [];
  for (let i = 0; picked.length < DIGITS; i++) {
    const x = Float32Array.from(images.subarray(i * 784, (i + 1) * 784), (v) => v / 255);
    const p = c.predict(x).probs;
    if (p.indexOf(Math.max(...p)) === labels[i]) picked.push(i);
  }
  console.log(`LeNet-5 (shipped), ${DIGITS} test digits it reads correctly (test images ${picked[0]}…${picked[picked.length - 1]}), backend ${tf.getBackend()}, untargeted\n`);
  const tensorsBefore = tf.memory().numTensors;
  for (const method of ['fgsm', 'iterative'] as AttackMethod[]) {
    for (const maxEps of [0.3, 0.5]) {
      const t0 = performance.now();
      const eps: number[] = [];
      const linf: number[] = [];
      let ok = 0;
      for (const i of picked) {
        const x = Float32Array.from(images.subarray(i * 784, (i + 1) * 784), (v) => v / 255);
        const r = await runAttack(c.attackModel, x, { method, target: null, epsilon: maxEps });
        if (r.success) {
          ok++;
          eps.push(r.epsilon);
          linf.push(r.linf);
        }
      }
      const ms = (performance.now() - t0) / picked.length;
      console.log(`${method.padEnd(9)} ε ≤ ${maxEps}: fooled ${ok}/${picked.length} (${((ok / picked.length) * 100).toFixed(0)}%), median smallest ε ${median(eps).toFixed(3)}, median L∞ ${median(linf).toFixed(3)} (fooled digits only); ${ms.toFixed(0)} ms per digit`);
    }
  }
  console.log(`\ntensors before and after the ${DIGITS * 4} attacks: ${tensorsBefore}, ${tf.memory().numTensors}`);
  c.dispose();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
