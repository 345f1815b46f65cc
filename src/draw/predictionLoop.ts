/*
 * The drawing page's one prediction loop, outside every view. A pen move asks for a prediction;
 * the loop coalesces the requests into at most one per animation frame (never more than one
 * pending), preprocesses the canvas's ink, runs the classifier and puts the result in the store.
 * The end of a stroke (or a button) asks for an immediate prediction, so the answer does not wait
 * for the next frame. The CAM model runs when the browser is idle, so it never delays the
 * prediction or the layer maps.
 */
import { errorMessage } from '../core/errorMessage';
import { useStore } from '../state/store';
import type { CamRunner } from './camModel';
import type { Classifier } from './classifier';
import { preprocess, type InkImage } from './preprocess';

type InkSource = () => InkImage | null;

let inkSource: InkSource | null = null;
let classifier: Classifier | null = null;
let camRunner: CamRunner | null = null;
let frame: number | null = null;
let camFrame: number | null = null;
let camTimer: ReturnType<typeof setTimeout> | null = null;
let camIdle: number | null = null;
let request: { at: number; strokeEnd: boolean } | null = null;
let seq = 0;
let lastInput: Float32Array | null = null;
let lastSeq = 0;
let lastAt = 0;

function now(): number {
  return typeof performance !== 'undefined' ? performance.now() : Date.now();
}

function runCam(): void {
  camFrame = null;
  camTimer = null;
  camIdle = null;
  const { drawSetCam, drawPatch } = useStore.getState();
  if (!camRunner || !lastInput) {
    drawSetCam(null);
    return;
  }
  try {
    drawSetCam(camRunner.run(lastInput, lastSeq, lastAt));
  } catch (e) {
    drawPatch({ camStatus: 'error', camProblem: { code: 'errors.camRun', detail: errorMessage(e) }, cam: null });
  }
}

/**
 * When the browser is idle (after the prediction is painted and the layer maps are drawn), or
 * after the next frame where there is no requestIdleCallback: the CAM model never delays them.
 */
function scheduleCam(): void {
  if (camFrame !== null || camTimer !== null || camIdle !== null) return;
  if (typeof requestIdleCallback !== 'undefined') {
    camIdle = requestIdleCallback(runCam, { timeout: 250 });
  } else if (typeof requestAnimationFrame !== 'undefined') {
    camFrame = requestAnimationFrame(() => {
      camFrame = null;
      camTimer = setTimeout(runCam, 0);
    });
  } else {
    runCam();
  }
}

function run(): void {
  frame = null;
  const req = request ?? { at: now(), strokeEnd: true };
  request = null;
  const store = useStore.getState();
  if (!inkSource || !classifier) return;
  const ink = inkSource();
  if (!ink) return;
  const prep = preprocess(ink);
  seq += 1;
  const base = { seq, requestedAt: req.at, strokeEnd: req.strokeEnd, networkKey: classifier.network.key };
  if (prep === null) {
    lastInput = null;
    store.drawSetResult({ ...base, prep: null, probs: null, predicted: null, activations: null, modelMs: 0 });
    store.drawSetCam(null);
    return;
  }
  const t0 = now();
  const { probs, activations } = classifier.predict(prep.input);
  const modelMs = now() - t0;
  let predicted = 0;
  for (let c = 1; c < probs.length; c++) if (probs[c] > probs[predicted]) predicted = c;
  store.drawSetResult({ ...base, prep, probs, predicted, activations, modelMs });
  lastInput = prep.input;
  lastSeq = seq;
  lastAt = req.at;
  if (camRunner) scheduleCam();
}

/**
 * Asks for a prediction of what is on the canvas now. Pen moves (`immediate` false) are coalesced
 * to one per animation frame; the end of a stroke runs at once (cancelling a pending frame).
 * `at` is when the input happened (`event.timeStamp` or `performance.now()`), kept for the
 * latency figures.
 *
 * @example
 * requestPrediction({ immediate: true, strokeEnd: true, at: e.timeStamp }); // on pointerup
 */
export function requestPrediction(opts: { immediate?: boolean; strokeEnd?: boolean; at?: number } = {}): void {
  const at = opts.at ?? now();
  const strokeEnd = opts.strokeEnd ?? false;
  request = request && !strokeEnd ? request : { at, strokeEnd };
  if (opts.immediate || typeof requestAnimationFrame === 'undefined') {
    if (frame !== null) cancelAnimationFrame(frame);
    run();
    return;
  }
  if (frame === null) frame = requestAnimationFrame(run);
}

/**
 * Where the loop reads the ink (the canvas registers itself; `null` when it goes away).
 *
 * @example
 * setInkSource(() => readInk(ctx));
 */
export function setInkSource(source: InkSource | null): void {
  inkSource = source;
}

/**
 * The classifier in use (the loop predicts again at once when it changes).
 *
 * @example
 * setClassifier(makeClassifier(model, 'pretrained', 'LeNet-5'));
 */
export function setClassifier(c: Classifier | null): void {
  classifier = c;
  if (c) requestPrediction({ immediate: true, strokeEnd: true });
}

/**
 * The classifier in use now (the attack takes its gradients), or null while none is loaded.
 *
 * @example
 * currentClassifier()?.network.label; // 'LeNet-5'
 */
export function currentClassifier(): Classifier | null {
  return classifier;
}

/**
 * The CAM model (optional; the CAM panel says when it is missing).
 *
 * @example
 * setCamRunner(makeCamRunner(camModel));
 */
export function setCamRunner(c: CamRunner | null): void {
  camRunner = c;
  if (c && lastInput) scheduleCam();
}

/**
 * Stops everything (the page is left): pending frames are cancelled, nothing is kept.
 *
 * @example
 * useEffect(() => () => stopPredictionLoop(), []);
 */
export function stopPredictionLoop(): void {
  if (frame !== null) cancelAnimationFrame(frame);
  if (camFrame !== null) cancelAnimationFrame(camFrame);
  if (camTimer !== null) clearTimeout(camTimer);
  if (camIdle !== null) cancelIdleCallback(camIdle);
  camIdle = null;
  frame = null;
  camFrame = null;
  camTimer = null;
  request = null;
  inkSource = null;
  lastInput = null;
}
