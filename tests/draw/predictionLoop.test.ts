import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { Classifier } from '../../src/draw/classifier';
import { inkImage } from '../../src/draw/preprocess';
import { requestPrediction, setClassifier, setInkSource, stopPredictionLoop } from '../../src/draw/predictionLoop';
import { useStore } from '../../src/state/store';

/** A fake animation-frame clock: callbacks run when the test says a frame has come. */
let frames: Map<number, FrameRequestCallback>;
let nextId = 1;
function frame(): void {
  const due = [...frames.values()];
  frames.clear();
  for (const cb of due) cb(0);
}

let predictions = 0;
const fake: Classifier = {
  network: { key: 'fake', label: 'fake', layers: [] },
  predict: () => {
    predictions++;
    const probs = new Float32Array(10);
    probs[3] = 1;
    return { probs, activations: [] };
  },
  attackModel: { apply: () => { throw new Error('not used'); }, givesProbabilities: true },
  dispose: () => undefined,
};

beforeEach(() => {
  frames = new Map();
  globalThis.requestAnimationFrame = (cb: FrameRequestCallback) => {
    frames.set(nextId, cb);
    return nextId++;
  };
  globalThis.cancelAnimationFrame = (id: number) => {
    frames.delete(id);
  };
  const ink = inkImage(280, 280);
  for (let r = 40; r < 240; r++) for (let c = 130; c < 150; c++) ink.data[r * 280 + c] = 1;
  setInkSource(() => ink);
  setClassifier(fake); // predicts at once
  predictions = 0;
});

afterEach(() => {
  stopPredictionLoop();
  setClassifier(null);
});

describe('prediction loop', () => {
  test('pen moves are coalesced: never more than one pending prediction, at most one per frame', () => {
    for (let i = 0; i < 10; i++) requestPrediction({ at: i });
    expect(frames.size).toBe(1);
    expect(predictions).toBe(0);
    frame();
    expect(predictions).toBe(1);
    expect(useStore.getState().draw.result?.predicted).toBe(3);
    expect(useStore.getState().draw.result?.requestedAt).toBe(0); // the first waiting request's time
  });

  test('the end of a stroke predicts at once and cancels the pending frame', () => {
    requestPrediction({ at: 1 });
    requestPrediction({ immediate: true, strokeEnd: true, at: 2 });
    expect(predictions).toBe(1);
    expect(frames.size).toBe(0); // nothing pending (and no CAM model here)
    frame();
    expect(predictions).toBe(1);
    const r = useStore.getState().draw.result;
    expect(r?.strokeEnd).toBe(true);
    expect(r?.requestedAt).toBe(2);
  });

  test('an empty canvas gives a result without a guess', () => {
    setInkSource(() => inkImage(280, 280));
    requestPrediction({ immediate: true, strokeEnd: true });
    const r = useStore.getState().draw.result;
    expect(r?.prep).toBeNull();
    expect(r?.predicted).toBeNull();
    expect(predictions).toBe(0);
  });
});
