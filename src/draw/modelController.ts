/*
 * Which classifier the drawing page uses, outside the views: the shipped LeNet-5 by default, a
 * model saved by the training page, or model files the learner picks. A model that fails to load
 * or does not fit 28×28×1 → 10 is reported (role="alert" next to the picker) and the pretrained
 * one stays in use. tfjs arrives through a dynamic import of ./models.
 */
import { errorMessage } from '../core/errorMessage';
import type { DrawView } from '../state/drawSlice';
import { useStore } from '../state/store';
import { listSavedModels } from '../model/savedModels';
import type { Classifier } from './classifier';
import { setCamRunner, setClassifier, stopPredictionLoop } from './predictionLoop';
import type { LoadProblem } from './types';

type ModelsModule = typeof import('./models');

let modelsModule: Promise<ModelsModule> | null = null;
/** The learner's own model in use (disposed when replaced). */
let own: Classifier | null = null;
/** Increases with every choice, so a slow load never overrides a later choice. */
let ticket = 0;

function models(): Promise<ModelsModule> {
  modelsModule ??= import('./models');
  modelsModule.catch(() => {
    modelsModule = null;
  });
  return modelsModule;
}

function patch(p: Partial<DrawView>): void {
  useStore.getState().drawPatch(p);
}

function problemOf(code: LoadProblem['code'], e: unknown): LoadProblem {
  const err = e as { code?: unknown; message?: unknown };
  // A PickedFilesError (models.ts, loaded lazily) carries its own message key.
  if (typeof err?.code === 'string' && err.code.startsWith('errors.')) return { code: err.code as LoadProblem['code'], detail: String(err.message ?? '') };
  return { code, detail: errorMessage(e) };
}

function install(c: Classifier): void {
  setClassifier(c);
  patch({ network: c.network, selected: null, modelStatus: 'ready' });
}

function dropOwn(): void {
  if (own) {
    own.dispose();
    own = null;
  }
}

async function installPretrained(my: number): Promise<void> {
  const m = await models();
  const { classifier, metrics } = await m.pretrainedClassifier();
  if (my !== ticket) return;
  dropOwn();
  install(classifier);
  const s = useStore.getState().draw;
  patch({ source: 'pretrained', accuracy: { ...s.accuracy, lenet5: metrics.testAccuracy } });
}

/**
 * Loads tfjs, the backend, the pretrained LeNet-5 and then the GAP-CAM model, and lists the
 * models saved in this browser. Safe to call on every visit (models are loaded once).
 *
 * @example
 * useEffect(() => { void startModels(); return stopModels; }, []);
 */
export async function startModels(): Promise<void> {
  const my = ++ticket;
  patch({ modelStatus: 'loading', camStatus: 'loading', modelProblem: null, camProblem: null, source: 'pretrained' });
  void refreshSavedModels();
  try {
    const m = await models();
    const backend = await m.ensureBackend();
    patch({ backend });
    await installPretrained(my);
  } catch (e) {
    if (my === ticket) patch({ modelStatus: 'error', modelProblem: problemOf('errors.pretrained', e) });
  }
  try {
    const m = await models();
    const { runner, metrics } = await m.camRunner();
    setCamRunner(runner);
    const s = useStore.getState().draw;
    patch({ camStatus: 'ready', accuracy: { ...s.accuracy, gapCam: metrics.testAccuracy } });
  } catch (e) {
    setCamRunner(null);
    patch({ camStatus: 'error', camProblem: problemOf('errors.cam', e), cam: null });
  }
}

/**
 * Reads the names of the models the training page saved in this browser.
 *
 * @example
 * await refreshSavedModels(); // store: draw.savedModels = ['lenet5-3-epochs']
 */
export async function refreshSavedModels(): Promise<void> {
  patch({ savedModels: await listSavedModels() });
}

/**
 * Back to the shipped LeNet-5.
 *
 * @example
 * choosePretrained();
 */
export async function choosePretrained(): Promise<void> {
  const my = ++ticket;
  patch({ modelProblem: null, source: 'pretrained' });
  try {
    await installPretrained(my);
  } catch (e) {
    if (my === ticket) patch({ modelStatus: 'error', modelProblem: problemOf('errors.pretrained', e) });
  }
}

async function chooseOwn(kind: 'mine' | 'file', load: (m: ModelsModule) => Promise<Classifier>, errorCode: LoadProblem['code']): Promise<void> {
  const my = ++ticket;
  patch({ modelProblem: null, source: kind, modelStatus: 'loading' });
  try {
    const m = await models();
    await m.ensureBackend();
    const c = await load(m);
    if (my !== ticket) {
      c.dispose();
      return;
    }
    dropOwn();
    own = c;
    install(c);
  } catch (e) {
    if (my !== ticket) return;
    const problem = problemOf(errorCode, e);
    // Fall back to the shipped model; say why.
    try {
      await installPretrained(my);
    } catch (e2) {
      patch({ modelStatus: 'error', modelProblem: problemOf('errors.pretrained', e2) });
      return;
    }
    patch({ modelProblem: problem, source: 'pretrained' });
  }
}

/**
 * Uses a model the training page saved in this browser.
 *
 * @example
 * await chooseSaved('my-lenet');
 */
export function chooseSaved(name: string): Promise<void> {
  return chooseOwn('mine', (m) => m.savedClassifier(name), 'errors.saved');
}

/**
 * Uses model files the learner picked (model.json and weights.bin).
 *
 * @example
 * await chooseFiles([...input.files]);
 */
export function chooseFiles(files: readonly File[]): Promise<void> {
  return chooseOwn('file', (m) => m.fileClassifier(files), 'errors.file');
}

/**
 * Leaves the page: stops the prediction loop and frees the learner's own model (the shipped
 * models stay loaded for the next visit).
 *
 * @example
 * useEffect(() => stopModels, []);
 */
export function stopModels(): void {
  ticket++;
  stopPredictionLoop();
  setClassifier(null);
  setCamRunner(null);
  dropOwn();
}
