/*
 * Memory of the training replay: bytes per snapshot for each model the page trains (its default
 * spec), taken by the worker's own code (snapshots.ts), and what a run keeps: step 0, the 32
 * scheduled steps and one snapshot per epoch (the page's recommended epochs and the 50-epoch
 * maximum), against the 48 MB budget (replay.ts). Also the time one snapshot takes (cpu backend).
 * Run with `npm run bench:replay`.
 */
import * as tf from '@tensorflow/tfjs';
import { activationModel, buildModel } from '../src/model/architectures';
import { REPLAY_BUDGET_BYTES, SNAPSHOTS_PER_RUN, snapshotBytes } from '../src/model/replay';
import { MODEL_KINDS, RECOMMENDED_SETTINGS, defaultSpec } from '../src/model/spec';
import { takeSnapshot } from '../src/model/snapshots';

await tf.setBackend('cpu');
const pixels = new Float32Array(784).map((_, i) => ((i * 37) % 101) / 100);
const MB = 1e6;
console.log(`budget ${REPLAY_BUDGET_BYTES / 2 ** 20} MiB (${(REPLAY_BUDGET_BYTES / MB).toFixed(1)} MB) per run; ${SNAPSHOTS_PER_RUN} step snapshots + start + one per epoch`);
for (const kind of MODEL_KINDS) {
  const model = buildModel(defaultSpec(kind), 1);
  const act = activationModel(model);
  const at = { step: 0, epoch: 0, seen: 0, loss: Number.NaN, accuracy: Number.NaN };
  takeSnapshot(model, act, pixels, 'start', at); // warm-up
  const t0 = performance.now();
  const reps = 5;
  let snap = takeSnapshot(model, act, pixels, 'start', at);
  for (let i = 1; i < reps; i++) snap = takeSnapshot(model, act, pixels, 'start', at);
  const ms = (performance.now() - t0) / reps;
  if (!snap) throw new Error(`${kind}: no snapshot`);
  const bytes = snapshotBytes(snap);
  const epochs = RECOMMENDED_SETTINGS[kind].epochs;
  const run = (e: number) => ((1 + SNAPSHOTS_PER_RUN + e) * bytes) / MB;
  console.log(
    `${kind.padEnd(8)} ${bytes.toLocaleString('en-US').padStart(9)} bytes per snapshot (${snap.layers.length} layers), ` +
      `${ms.toFixed(1)} ms each; a ${epochs}-epoch run ${run(epochs).toFixed(2)} MB, a 50-epoch run ${run(50).toFixed(2)} MB`,
  );
  model.dispose();
}
