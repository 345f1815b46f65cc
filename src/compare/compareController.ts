/*
 * The comparison page's work, outside the views: loads the two models (a dynamic import of
 * ./compareModels brings tfjs), runs the shared drawing through both after every stroke, classifies
 * the test set with both (in batches, yielding between them, so the page never freezes), and runs a
 * picked test digit through both. A side that fails says why next to its chooser; the other side
 * and the rest of the page keep working.
 */
import { errorMessage } from '../core/errorMessage';
import { MNIST_PIXELS, MNIST_TEST_COUNT } from '../model/mnistSizes';
import { loadMnist } from '../model/mnistData';
import type { Dataset } from '../model/trainer';
import { setClassifier, stopPredictionLoop } from '../draw/predictionLoop';
import { initialCompareSide, type CompareProblem, type PairResult } from '../state/compareSlice';
import { useStore } from '../state/store';
import { appModelName, listSavedModels } from '../model/savedModels';
import { sameRef, type CompareLink, type ModelRef } from './compareLink';
import { inputMismatch } from './disagreements';
import type { CompareModel } from './compareModels';

type ModelsModule = typeof import('./compareModels');
type Side = 'a' | 'b';

let modelsModule: Promise<ModelsModule> | null = null;
const models: Record<Side, CompareModel | null> = { a: null, b: null };
const refs: Record<Side, ModelRef | null> = { a: null, b: null };
const tickets: Record<Side, number> = { a: 0, b: 0 };
let testSet: Promise<Dataset> | null = null;
let evalTicket = 0;
let testLimit = MNIST_TEST_COUNT;
let unsubscribe: (() => void) | null = null;
let seq = 0;

function load(): Promise<ModelsModule> {
  modelsModule ??= import('./compareModels');
  modelsModule.catch(() => {
    modelsModule = null;
  });
  return modelsModule;
}

function store() {
  return useStore.getState();
}

/**
 * The drawing page's prediction loop prepares the canvas's ink the MNIST way and runs one
 * classifier on it: it gets model A (or B while A is missing); both models then run on its input.
 */
function updateLoop(): void {
  setClassifier(models.a?.classifier ?? models.b?.classifier ?? null);
}

function problemOf(e: unknown, fallback: CompareProblem['code']): CompareProblem {
  const err = e as { code?: unknown; message?: unknown };
  if (typeof err?.code === 'string' && err.code.startsWith('errors.')) return { code: err.code as CompareProblem['code'], detail: String(err.message ?? '') };
  return { code: fallback, detail: errorMessage(e) };
}

function loadTestSet(): Promise<Dataset> {
  testSet ??= loadMnist(new URL('data/mnist/', document.baseURI).href, { parts: ['test'] }).then((d) => {
    if (!d.test) throw new Error('the test images are missing');
    return d.test;
  });
  testSet.catch(() => {
    testSet = null;
  });
  return testSet;
}

/** Both models on one input (a side that is not loaded gives null). */
function runPair(input: Float32Array): PairResult {
  seq += 1;
  const one = (side: Side) => {
    const m = models[side];
    return m ? m.run(input, seq) : null;
  };
  return { seq, input, a: one('a'), b: one('b') };
}

/** The drawing changed: run it through both models. */
function onDrawing(): void {
  const prep = store().draw.result?.prep;
  if (!prep) {
    if (store().compare.drawing) store().comparePatch({ drawing: null });
    return;
  }
  if (store().compare.drawing?.input === prep.input) return;
  store().comparePatch({ drawing: runPair(prep.input) });
}

function pairChecked(): boolean {
  const { a, b } = store().compare;
  if (!a.info || !b.info) return false;
  const mismatch = inputMismatch(a.info.inputShape, b.info.inputShape);
  if (mismatch) {
    store().comparePatch({ evalStatus: 'error', evalProblem: { code: 'errors.shapes', detail: mismatch } });
    return false;
  }
  return true;
}

async function evaluateBoth(): Promise<void> {
  const my = ++evalTicket;
  const a = models.a;
  const b = models.b;
  store().comparePatch({ predsA: null, predsB: null, labels: null, picked: null, evalProblem: null, evalDone: 0 });
  if (!a || !b || !pairChecked()) {
    if (!store().compare.evalProblem) store().comparePatch({ evalStatus: 'idle' });
    return;
  }
  store().comparePatch({ evalStatus: 'loading-data' });
  let test: Dataset;
  try {
    test = await loadTestSet();
  } catch (e) {
    if (my === evalTicket) store().comparePatch({ evalStatus: 'error', evalProblem: problemOf(e, 'errors.data') });
    return;
  }
  const count = Math.min(testLimit, test.count);
  store().comparePatch({ evalStatus: 'running', evalTotal: 2 * count, evalDone: 0 });
  try {
    let done = 0;
    const between = (base: number) => async () => {
      done = Math.min(count, done + 250);
      if (my === evalTicket) store().comparePatch({ evalDone: base + done });
      await new Promise((r) => setTimeout(r, 0));
      if (my !== evalTicket) throw new Error('cancelled');
    };
    const predsA = await a.classifyTestSet(test, count, between(0));
    done = 0;
    const predsB = await b.classifyTestSet(test, count, between(count));
    if (my !== evalTicket) return;
    store().comparePatch({ predsA, predsB, labels: test.labels.subarray(0, count), testImages: test.images.subarray(0, count * MNIST_PIXELS), evalStatus: 'done', evalDone: 2 * count });
  } catch (e) {
    if (my === evalTicket) store().comparePatch({ evalStatus: 'error', evalProblem: problemOf(e, 'errors.eval') });
  }
}

async function loadSide(side: Side, ref: ModelRef, files?: readonly File[]): Promise<void> {
  const my = ++tickets[side];
  refs[side] = ref;
  const old = models[side];
  models[side] = null;
  updateLoop();
  old?.dispose();
  evalTicket++;
  store().comparePatch({ [side === 'a' ? 'selectedA' : 'selectedB']: null, picked: null, evalStatus: 'idle', predsA: null, predsB: null });
  if (ref.kind === 'file' && !files) {
    store().comparePatchSide(side, { ...initialCompareSide, status: 'needs-file' });
    return;
  }
  store().comparePatchSide(side, { ...initialCompareSide, status: 'loading' });
  try {
    const m = await load();
    const saved = ref.kind === 'saved' ? (await listSavedModels()).map(appModelName) : undefined;
    const model = await m.loadCompareModel(ref, files, saved);
    if (my !== tickets[side]) {
      model.dispose();
      return;
    }
    models[side] = model;
    updateLoop();
    store().comparePatchSide(side, { status: 'ready', info: model.info, network: model.classifier.network, problem: null });
  } catch (e) {
    if (my !== tickets[side]) return;
    store().comparePatchSide(side, { ...initialCompareSide, status: 'error', problem: problemOf(e, 'errors.load') });
    return;
  }
  store().comparePatch({ drawing: null });
  onDrawing();
  void evaluateBoth();
}

/**
 * Opens (or updates) the comparison from the link: a side whose model changed is loaded again.
 *
 * @example startCompare(readCompareLink(params));
 */
export function startCompare(link: CompareLink): void {
  unsubscribe ??= useStore.subscribe((s, prev) => {
    if (s.draw.result !== prev.draw.result) onDrawing();
  });
  const limitChanged = link.testlimit !== testLimit;
  testLimit = link.testlimit;
  let reloading = false;
  for (const side of ['a', 'b'] as const) {
    const ref = refs[side];
    // A file side keeps its file while the link still says `file`.
    if (ref && sameRef(ref, link[side]) && store().compare[side].status !== 'idle') continue;
    reloading = true;
    void loadSide(side, link[side]);
  }
  if (!reloading && limitChanged) void evaluateBoth();
}

/** The learner picked model files for a side (the link says `file` there). */
export function chooseCompareFiles(side: Side, files: readonly File[]): Promise<void> {
  return loadSide(side, { kind: 'file' }, files);
}

/**
 * Runs test image `index` through both models (a click on a disagreement).
 *
 * @example await pickTestDigit(247);
 */
export async function pickTestDigit(index: number): Promise<void> {
  const test = await loadTestSet();
  if (!Number.isInteger(index) || index < 0 || index >= test.count) return;
  const input = new Float32Array(MNIST_PIXELS);
  for (let p = 0; p < MNIST_PIXELS; p++) input[p] = test.images[index * MNIST_PIXELS + p] / 255;
  store().comparePatch({ picked: { index, label: test.labels[index], result: runPair(input) }, selectedA: null, selectedB: null });
}

/** Closes the picked test digit. */
export function closePicked(): void {
  store().comparePatch({ picked: null, selectedA: null, selectedB: null });
}

/** The page is left: the models are freed and the drawing's loop stops. */
export function stopCompare(): void {
  unsubscribe?.();
  unsubscribe = null;
  evalTicket++;
  stopPredictionLoop();
  setClassifier(null);
  for (const side of ['a', 'b'] as const) {
    tickets[side]++;
    models[side]?.dispose();
    models[side] = null;
    refs[side] = null;
  }
  // The draw page answers the drawing again with its own model.
  store().drawPatch({ result: null });
  store().comparePatch({ a: initialCompareSide, b: initialCompareSide, drawing: null, picked: null, evalStatus: 'idle', predsA: null, predsB: null, labels: null });
}
