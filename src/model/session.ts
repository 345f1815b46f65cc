/**
 * The training worker's state machine: it answers ToWorker messages with FromWorker messages
 * through `post`. It holds the data, the model, the optimiser and the run. training.worker.ts is
 * only the glue between this class and the worker's message port, so this can run in Node tests.
 *
 * Ordering: init, retry-data, configure, start, save, load and robust-eval run one after another (a
 * queue); pause, resume, stop, inspect, pin and robust-cancel act at once, between two training
 * steps (the loop yields after every step). A failure (an exception, a lost WebGL context) ends the run with status 'error' and
 * keeps the model: the last checkpoint is restored on a working backend if the old one is gone.
 *
 * This file takes the messages, loads the data and sets up the model; the jobs live beside it:
 * sessionRun.ts (the run loop), sessionEvaluation.ts (the epoch's test), sessionCheckpoints.ts
 * (checkpoints, recovery), sessionSaving.ts (save, load), sessionViews.ts (summary, filters,
 * activations), sessionContext.ts (the shared state).
 */
import type * as tf from '@tensorflow/tfjs';
import { errorMessage } from '../core/errorMessage';
import { buildModel } from './architectures';
import { selectBackend } from './backend';
import { MNIST_TEST_COUNT } from './mnistSizes';
import { DataError, loadMnist } from './mnistData';
import type { ModelSpec, ToWorker, TrainSettings, TrainState } from './protocol';
import { settingsProblem } from './settings';
import { RunFailure, SessionContext, type InitMessage, type SessionEnv } from './sessionContext';
import { cancelRobustness, evaluateRobustness, robustTicket } from './robustEval';
import { failRun, runTraining } from './sessionRun';
import { handleLoad, handleSave } from './sessionSaving';
import { pinDigit } from './sessionSnapshots';
import { inspect, postSummary, sendFilters } from './sessionViews';
import { validateSpec } from './spec';
import { crossOriginIsolatedHere, wasmThreadCount } from './threads';
import type { Dataset } from './trainer';
import { freshRecord } from './trainingRecord';

export type { SessionEnv } from './sessionContext';

export class TrainingSession {
  private readonly ctx: SessionContext;
  private queue: Promise<void> = Promise.resolve();

  constructor(env: SessionEnv) {
    this.ctx = new SessionContext(env);
  }

  /** The current state (for tests). */
  get status(): TrainState {
    return this.ctx.state;
  }

  /** The current model (for tests). */
  get currentModel(): tf.LayersModel | undefined {
    return this.ctx.model;
  }

  /** Handles one message from the page. */
  receive(msg: ToWorker): void {
    const ctx = this.ctx;
    switch (msg.type) {
      case 'pause':
        if (ctx.running && ctx.state === 'training') ctx.pauseRequested = true;
        return;
      case 'resume':
        ctx.pauseRequested = false;
        ctx.resumeWaiter?.();
        return;
      case 'stop':
        if (ctx.running) {
          ctx.stopRequested = true;
          ctx.pauseRequested = false;
          ctx.resumeWaiter?.();
        }
        return;
      case 'inspect':
        inspect(ctx, msg.testIndex);
        return;
      case 'pin':
        pinDigit(ctx, msg.pixels);
        return;
      case 'robust-cancel':
        cancelRobustness(ctx);
        return;
      case 'robust-eval': {
        const ticket = robustTicket(ctx);
        this.enqueue(() => evaluateRobustness(ctx, msg.count, ticket));
        return;
      }
      default:
        this.enqueue(() => this.handleQueued(msg));
    }
  }

  private enqueue(job: () => Promise<void> | void): void {
    this.queue = this.queue.then(job).catch((e: unknown) => this.ctx.error('bad-message', errorMessage(e)));
  }

  /** Resolves when the queued messages so far are handled (for tests). */
  idle(): Promise<void> {
    return this.queue;
  }

  /** The WebGL context was lost: the run ends and the model so far is restored on another backend. */
  contextLost(): void {
    failRun(this.ctx, new RunFailure('context-lost', 'the WebGL context was lost (the GPU was reset or is busy)'));
  }

  private async handleQueued(msg: ToWorker): Promise<void> {
    switch (msg.type) {
      case 'init':
        return this.handleInit(msg);
      case 'retry-data':
        return this.loadData();
      case 'configure':
        return this.handleConfigure(msg.model);
      case 'start':
        return this.handleStart(msg.settings);
      case 'save':
        return handleSave(this.ctx, msg.target, msg.name);
      case 'load':
        return handleLoad(this.ctx, msg);
      default:
        return this.ctx.error('bad-message', `unknown message "${(msg as { type: string }).type}"`);
    }
  }

  private async handleInit(msg: InitMessage): Promise<void> {
    const ctx = this.ctx;
    if (ctx.running) return ctx.error('busy', 'training is running: stop it before starting again');
    ctx.init = msg;
    ctx.testLimit = Math.max(1, Math.min(MNIST_TEST_COUNT, Math.floor(msg.testLimit ?? MNIST_TEST_COUNT)));
    ctx.threads = wasmThreadCount(msg.threads, crossOriginIsolatedHere(), globalThis.navigator?.hardwareConcurrency);
    ctx.setState('loading');
    try {
      const wasmPaths = msg.wasmPaths ?? ctx.env.wasmPaths?.();
      const sel = await selectBackend({ choice: msg.backend, wasmPaths, threads: ctx.threads });
      ctx.backend = sel.backend;
      ctx.env.onBackend?.(sel.backend);
      ctx.post({ type: 'ready', backend: sel.backend, renderer: sel.renderer, reason: sel.reason, threads: sel.threads, isolated: sel.isolated });
    } catch (e) {
      ctx.error('backend', errorMessage(e));
      ctx.setState('error', errorMessage(e));
      return;
    }
    await this.loadData();
  }

  private async loadData(): Promise<void> {
    const ctx = this.ctx;
    if (!ctx.init) return ctx.error('not-ready', 'the worker has not been initialised');
    if (ctx.train && ctx.test) {
      ctx.setState('ready');
      return;
    }
    ctx.setState('loading');
    let last = 0;
    try {
      const data = await loadMnist(ctx.init.dataBaseUrl, {
        fetch: ctx.env.fetch,
        onProgress: (p) => {
          const now = performance.now();
          if (p.phase === 'download' && now - last < 100) return;
          last = now;
          ctx.post({ type: 'data-progress', loaded: p.loaded, total: p.total, phase: p.phase });
        },
      });
      ctx.train = data.train;
      ctx.test = data.test;
    } catch (e) {
      const code = e instanceof DataError ? e.code : 'network';
      const file = e instanceof DataError ? e.file : undefined;
      ctx.post(file ? { type: 'data-error', code, message: errorMessage(e), file } : { type: 'data-error', code, message: errorMessage(e) });
      ctx.setState('error', errorMessage(e));
      return;
    }
    const test = ctx.test as Dataset;
    ctx.post({ type: 'test-set', images: test.images.slice(), labels: test.labels.slice(), count: test.count });
    ctx.setState('ready');
  }

  private handleConfigure(spec: ModelSpec): void {
    const ctx = this.ctx;
    if (ctx.running) return ctx.error('busy', 'stop training before changing the model');
    const issues = validateSpec(spec);
    if (issues.length > 0) return ctx.error('bad-spec', issues.map((i) => i.message).join('; '));
    if (!ctx.backend) return ctx.error('not-ready', 'the worker has not been initialised');
    ctx.replaceModel(buildModel(spec, 1), spec, freshRecord());
    postSummary(ctx);
    sendFilters(ctx);
  }

  private handleStart(settings: TrainSettings): void {
    const ctx = this.ctx;
    if (ctx.running) return ctx.error('busy', 'training is already running');
    const problem = settingsProblem(settings);
    if (problem) return ctx.error('bad-settings', problem);
    if (!ctx.train || !ctx.test) return ctx.error('not-ready', 'the MNIST data is not loaded yet');
    if (!ctx.model) return ctx.error('no-model', 'choose a model before training');
    if (!settings.continueTraining) {
      if (!ctx.spec) return ctx.error('no-model', 'this model was loaded from a file: continue training it, or choose a model to start afresh');
      ctx.replaceModel(buildModel(ctx.spec, settings.seed), ctx.spec, freshRecord());
      postSummary(ctx);
    }
    ctx.running = true;
    ctx.stopRequested = false;
    ctx.pauseRequested = false;
    ctx.failure = undefined;
    // Not awaited: the queue moves on, so save/inspect/pause get through during the run.
    void runTraining(ctx, settings);
  }
}
