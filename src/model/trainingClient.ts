/**
 * The page's handle on the training worker: typed `send`, typed subscriptions, one listener on the
 * worker. It survives a worker crash: the crash becomes an `error` event (code 'worker-crash') and a
 * `status` error; the client then starts a fresh worker, replays `init` and `configure`, and loads
 * the last checkpoint (weights sent by the worker after every epoch and on stop), so the model so
 * far is kept and can still be saved.
 *
 * @example
 *   const client = new TrainingClient();
 *   const off = client.on('batch', (m) => chart.push(m.loss));
 *   client.send({ type: 'init', backend: 'auto', dataBaseUrl: new URL('data/mnist/', document.baseURI).href });
 *   client.send({ type: 'configure', model: defaultSpec('lenet5') });
 *   client.send({ type: 'start', settings: { epochs: 1, batchSize: 64, learningRate: 0.001, optimizer: 'adam', seed: 1 } });
 *   // later: off(); client.dispose();
 */
import {
  isFromWorker,
  transferablesOf,
  type FromWorker,
  type FromWorkerOf,
  type FromWorkerType,
  type ModelSpec,
  type ToWorker,
  type TrainState,
} from './protocol';

/** The part of a Worker the client uses (lets tests pass a fake). */
export interface WorkerLike {
  postMessage(message: unknown, transfer: Transferable[]): void;
  terminate(): void;
  onmessage: ((ev: MessageEvent) => void) | null;
  onerror: ((ev: ErrorEvent) => void) | null;
  onmessageerror: ((ev: MessageEvent) => void) | null;
}

/** Creates the training worker. */
export type WorkerFactory = () => WorkerLike;

/** The app's training worker, bundled by Vite as a module worker. */
export function createTrainingWorker(): WorkerLike {
  return new Worker(new URL('./training.worker.ts', import.meta.url), { type: 'module', name: 'training' });
}

type Handler<T extends FromWorkerType> = (msg: FromWorkerOf<T>) => void;
type AnyHandler = (msg: FromWorker) => void;

/** Restarts after crashes are allowed this many times per client. */
const MAX_RESTARTS = 3;

export class TrainingClient {
  private worker: WorkerLike;
  private readonly factory: WorkerFactory;
  private readonly handlers = new Map<FromWorkerType, Set<(msg: FromWorker) => void>>();
  private readonly anyHandlers = new Set<AnyHandler>();
  private lastInit: Extract<ToWorker, { type: 'init' }> | undefined;
  private lastSpec: ModelSpec | undefined;
  private checkpoint: FromWorkerOf<'checkpoint'> | undefined;
  private restarts = 0;
  private disposed = false;
  private currentState: TrainState = 'idle';

  /** @param factory creates the worker (default: the app's training worker). */
  constructor(factory: WorkerFactory = createTrainingWorker) {
    this.factory = factory;
    this.worker = this.spawn();
  }

  /** The last state the worker reported ('idle' before any). */
  get state(): TrainState {
    return this.currentState;
  }

  /** The last checkpoint received (weights after the last finished epoch or stop), if any. */
  get lastCheckpoint(): FromWorkerOf<'checkpoint'> | undefined {
    return this.checkpoint;
  }

  /**
   * Sends a message. Buffers in it (load weights) are transferred, so the caller must not reuse
   * them. Sending after `dispose` throws.
   */
  send(msg: ToWorker): void {
    if (this.disposed) throw new Error('TrainingClient: send after dispose');
    if (msg.type === 'init') this.lastInit = msg;
    if (msg.type === 'configure') {
      this.lastSpec = msg.model;
      this.checkpoint = undefined;
    }
    this.worker.postMessage(msg, transferablesOf(msg));
  }

  /**
   * Subscribes to one message type; returns the unsubscribe function.
   *
   * @example const off = client.on('epoch', (m) => show(m.testAccuracy));
   */
  on<T extends FromWorkerType>(type: T, handler: Handler<T>): () => void {
    let set = this.handlers.get(type);
    if (!set) {
      set = new Set();
      this.handlers.set(type, set);
    }
    const h = handler as (msg: FromWorker) => void;
    set.add(h);
    return () => {
      set.delete(h);
    };
  }

  /** Subscribes to every message; returns the unsubscribe function. */
  onAny(handler: AnyHandler): () => void {
    this.anyHandlers.add(handler);
    return () => {
      this.anyHandlers.delete(handler);
    };
  }

  /** Ends the worker and drops every subscription. */
  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.worker.onmessage = null;
    this.worker.onerror = null;
    this.worker.onmessageerror = null;
    this.worker.terminate();
    this.handlers.clear();
    this.anyHandlers.clear();
  }

  private spawn(): WorkerLike {
    const w = this.factory();
    w.onmessage = (ev) => this.receive(ev.data);
    w.onerror = (ev) => {
      // Stop the browser from also reporting it as an uncaught error; the page shows our message.
      ev.preventDefault();
      const detail = typeof ev.message === 'string' && ev.message ? ev.message : 'the training worker stopped unexpectedly';
      this.crashed(detail);
    };
    w.onmessageerror = () => this.emit({ type: 'error', code: 'bad-message', message: 'a message from the training worker could not be read' });
    return w;
  }

  private receive(data: unknown): void {
    if (!isFromWorker(data)) {
      this.emit({ type: 'error', code: 'bad-message', message: 'the training worker sent an unknown message' });
      return;
    }
    if (data.type === 'status') this.currentState = data.state;
    if (data.type === 'checkpoint') this.checkpoint = data;
    this.emit(data);
  }

  private emit(msg: FromWorker): void {
    const set = this.handlers.get(msg.type);
    if (set) for (const h of [...set]) h(msg);
    for (const h of [...this.anyHandlers]) h(msg);
  }

  /** The worker died: report, then (a bounded number of times) restart it with the last model. */
  private crashed(detail: string): void {
    if (this.disposed) return;
    const e = this.checkpoint?.epoch;
    const kept = e === undefined ? '' : ` The model after ${Number.isInteger(e) ? `epoch ${e}` : `${e.toFixed(2)} epochs`} is kept.`;
    this.worker.onmessage = null;
    this.worker.onerror = null;
    this.worker.onmessageerror = null;
    this.worker.terminate();
    this.currentState = 'error';
    this.emit({ type: 'error', code: 'worker-crash', message: `Training stopped: ${detail}.${kept}` });
    this.emit({ type: 'status', state: 'error', message: `Training stopped: ${detail}.${kept}` });
    if (this.restarts >= MAX_RESTARTS || !this.lastInit) return;
    this.restarts += 1;
    this.worker = this.spawn();
    this.worker.postMessage(this.lastInit, []);
    if (this.lastSpec) this.worker.postMessage({ type: 'configure', model: this.lastSpec } satisfies ToWorker, []);
    if (this.checkpoint) {
      // Copy: the checkpoint stays usable for a later crash.
      const weights = this.checkpoint.weights.slice(0);
      const load: ToWorker = { type: 'load', source: 'files', json: this.checkpoint.modelJson, weights: [weights] };
      this.worker.postMessage(load, [weights]);
    }
  }
}
