import { describe, expect, it } from 'vitest';
import type { FromWorker, ToWorker } from '../../src/model/protocol';
import { TrainingClient, type WorkerLike } from '../../src/model/trainingClient';

class FakeWorker implements WorkerLike {
  onmessage: ((ev: MessageEvent) => void) | null = null;
  onerror: ((ev: ErrorEvent) => void) | null = null;
  onmessageerror: ((ev: MessageEvent) => void) | null = null;
  sent: { msg: ToWorker; transfer: Transferable[] }[] = [];
  terminated = false;
  postMessage(message: unknown, transfer: Transferable[]): void {
    this.sent.push({ msg: message as ToWorker, transfer });
  }
  terminate(): void {
    this.terminated = true;
  }
  emit(msg: unknown): void {
    this.onmessage?.({ data: msg } as MessageEvent);
  }
  crash(message: string): void {
    let prevented = false;
    this.onerror?.({ message, preventDefault: () => { prevented = true; } } as ErrorEvent);
    expect(prevented).toBe(true);
  }
}

function setup() {
  const workers: FakeWorker[] = [];
  const client = new TrainingClient(() => {
    const w = new FakeWorker();
    workers.push(w);
    return w;
  });
  return { client, workers };
}

describe('TrainingClient', () => {
  it('sends typed messages with their buffers as transferables; one listener per type; unsubscribe', () => {
    const { client, workers } = setup();
    const weights = new ArrayBuffer(8);
    client.send({ type: 'load', source: 'files', json: '{}', weights: [weights] });
    expect(workers[0].sent[0].transfer).toEqual([weights]);
    const got: number[] = [];
    const all: string[] = [];
    const off = client.on('batch', (m) => got.push(m.loss));
    client.onAny((m) => all.push(m.type));
    workers[0].emit({ type: 'batch', epoch: 1, batch: 1, batchesPerEpoch: 10, loss: 0.5, accuracy: 0.9, imagesPerSecond: 100, learningRate: 0.001, seen: 64 } satisfies FromWorker);
    off();
    workers[0].emit({ type: 'batch', epoch: 1, batch: 2, batchesPerEpoch: 10, loss: 0.4, accuracy: 0.9, imagesPerSecond: 100, learningRate: 0.001, seen: 128 } satisfies FromWorker);
    workers[0].emit({ type: 'status', state: 'training' } satisfies FromWorker);
    expect(got).toEqual([0.5]);
    expect(all).toEqual(['batch', 'batch', 'status']);
    expect(client.state).toBe('training');
  });

  it('an unknown message becomes an error event', () => {
    const { client, workers } = setup();
    const errors: string[] = [];
    client.on('error', (m) => errors.push(m.code));
    workers[0].emit({ type: 'nonsense' });
    expect(errors).toEqual(['bad-message']);
  });

  it('a worker crash: error + status error events, then a new worker gets init, configure and the last checkpoint', () => {
    const { client, workers } = setup();
    const events: FromWorker[] = [];
    client.onAny((m) => events.push(m));
    const init: ToWorker = { type: 'init', backend: 'wasm', dataBaseUrl: 'http://x/data/mnist/' };
    client.send(init);
    const spec = { kind: 'lenet5' as const, conv: [{ filters: 6, kernel: 5 }, { filters: 16, kernel: 5 }], dense: [120, 84], dropoutConv: 0, dropoutDense: 0 };
    client.send({ type: 'configure', model: spec });
    const weights = new Float32Array([1, 2, 3]).buffer;
    workers[0].emit({ type: 'checkpoint', epoch: 2, modelJson: '{"m":1}', weights } satisfies FromWorker);
    workers[0].crash('out of memory');
    expect(workers[0].terminated).toBe(true);
    expect(events.slice(-2)).toEqual([
      { type: 'error', code: 'worker-crash', message: 'Training stopped: out of memory. The model after epoch 2 is kept.' },
      { type: 'status', state: 'error', message: 'Training stopped: out of memory. The model after epoch 2 is kept.' },
    ]);
    expect(client.state).toBe('error');
    const replay = workers[1].sent.map((s) => s.msg);
    expect(replay[0]).toEqual(init);
    expect(replay[1]).toEqual({ type: 'configure', model: spec });
    expect(replay[2]).toMatchObject({ type: 'load', source: 'files', json: '{"m":1}' });
    const sentWeights = (replay[2] as Extract<ToWorker, { type: 'load'; source: 'files' }>).weights[0];
    expect(Array.from(new Float32Array(sentWeights))).toEqual([1, 2, 3]);
    // The client keeps its own copy for a later crash.
    expect(client.lastCheckpoint?.weights).toBe(weights);
    // Events from the new worker reach the same subscribers.
    workers[1].emit({ type: 'status', state: 'ready' } satisfies FromWorker);
    expect(events.at(-1)).toEqual({ type: 'status', state: 'ready' });
  });

  it('stops restarting after three crashes; dispose terminates and silences', () => {
    const { client, workers } = setup();
    client.send({ type: 'init', backend: 'cpu', dataBaseUrl: 'http://x/' });
    for (let i = 0; i < 4; i++) workers[i].crash(`boom ${i}`);
    expect(workers.length).toBe(4);
    client.dispose();
    expect(workers[3].terminated).toBe(true);
    expect(() => client.send({ type: 'pause' })).toThrow(/after dispose/);
  });
});
