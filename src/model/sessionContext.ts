/**
 * The training session's shared state and its ways of talking to the page: what the worker holds
 * (data, model, run flags, last checkpoint) and post/setState/error. The session's jobs (session.ts:
 * messages and data; sessionRun.ts: the run loop; sessionEvaluation.ts; sessionCheckpoints.ts;
 * sessionSaving.ts; sessionViews.ts) all work on one SessionContext.
 */
import type * as tf from '@tensorflow/tfjs';
import type { ActivationModel } from './architectures';
import { MNIST_TEST_COUNT } from './mnistSizes';
import type { FetchLike } from './mnistData';
import type { ModelFiles } from './modelFiles';
import type { BackendName, ErrorCode, FromWorker, ModelSpec, ToWorker, TrainState, WasmPaths } from './protocol';
import type { Dataset } from './trainer';
import type { TrainingRecord } from './trainingRecord';

/** What the session needs from its surroundings. */
export interface SessionEnv {
  /** Sends a message to the page (transferring its buffers). */
  post(msg: FromWorker): void;
  /** The app's wasm binaries (when init does not name them). */
  wasmPaths?: () => WasmPaths;
  /** fetch for the data files (default: the global fetch). */
  fetch?: FetchLike;
  /** Called after the backend is chosen, e.g. to watch for a lost WebGL context. */
  onBackend?: (backend: BackendName) => void;
}

/** The init message (backend choice, data address, test-set size). */
export type InitMessage = Extract<ToWorker, { type: 'init' }>;

/** A failure that ends a run, with the error code the page gets. */
export class RunFailure extends Error {
  constructor(readonly code: ErrorCode, message: string) {
    super(message);
  }
}

/** The session's state, shared by its jobs. */
export class SessionContext {
  readonly env: SessionEnv;
  init: InitMessage | undefined;
  backend: BackendName | undefined;
  train: Dataset | undefined;
  test: Dataset | undefined;
  testLimit = MNIST_TEST_COUNT;
  /** Threads for the wasm backend (threads.ts: wasmThreadCount). */
  threads = 1;
  model: tf.LayersModel | undefined;
  spec: ModelSpec | undefined;
  act: ActivationModel | undefined;
  inspectIndex: number | undefined;
  state: TrainState = 'idle';
  running = false;
  pauseRequested = false;
  stopRequested = false;
  resumeWaiter: (() => void) | undefined;
  failure: RunFailure | undefined;
  lastCheckpoint: ModelFiles & { epoch: number } | undefined;
  epochsDone = 0;
  /** What the model's training took (saved with it); null when unknown (a model loaded without one). */
  record: TrainingRecord | null = null;
  /** robust-eval requests received so far, and the last one a robust-cancel covers (robustEval.ts). */
  robustAsked = 0;
  robustCancelledUpTo = 0;

  constructor(env: SessionEnv) {
    this.env = env;
  }

  post(msg: FromWorker): void {
    this.env.post(msg);
  }

  setState(state: TrainState, message?: string): void {
    this.state = state;
    this.post(message === undefined ? { type: 'status', state } : { type: 'status', state, message });
  }

  error(code: ErrorCode, message: string): void {
    this.post({ type: 'error', code, message });
  }

  /** Puts a new model in place (its activation model, checkpoint and epoch count start afresh) with its training record. */
  replaceModel(model: tf.LayersModel, spec: ModelSpec | undefined, record: TrainingRecord | null): void {
    const old = this.model;
    this.model = model;
    this.spec = spec;
    this.record = record;
    this.act = undefined;
    this.lastCheckpoint = undefined;
    this.epochsDone = 0;
    if (old) disposeQuietly(old);
  }
}

export function disposeQuietly(x: { dispose(): void }): void {
  try {
    x.dispose();
  } catch {
    // The backend may be gone (lost WebGL context): nothing left to free.
  }
}
