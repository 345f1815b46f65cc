/*
 * Real MNIST test digits to put on the canvas, read with the app's data loader (src/model/mnistData)
 * from its own files. A missing or damaged file is reported next to the sample buttons; drawing
 * keeps working.
 */
import { errorMessage } from '../core/errorMessage';
import { MNIST_PIXELS } from '../model/mnistSizes';
import { loadMnist } from '../model/mnistData';
import type { Dataset } from '../model/trainer';
import { useStore } from '../state/store';
import type { SampleDigit } from './strokes';

let testSet: Promise<Dataset> | null = null;
const nextOf = new Map<number, number>();
/** Presses of one digit button cycle through its first few test examples. */
export const SAMPLES_PER_DIGIT = 5;

function loadTestSet(): Promise<Dataset> {
  testSet ??= loadMnist(new URL('data/mnist/', document.baseURI).href, { parts: ['test'] }).then((d) => {
    if (!d.test) throw new Error('the test images are missing');
    return d.test;
  });
  testSet.catch(() => {
    testSet = null; // a later click tries again
  });
  return testSet;
}

/**
 * The `nth` test image (0-based) whose label is `digit`, as 0…1 values; null when there is none.
 *
 * @example
 * sampleOf(test, 7, 0); // { index: 0, label: 7, pixels } — the first test image is a 7
 */
export function sampleOf(ds: Dataset, digit: number, nth: number): SampleDigit | null {
  let seen = 0;
  for (let i = 0; i < ds.count; i++) {
    if (ds.labels[i] !== digit) continue;
    if (seen === nth) {
      const pixels = new Float32Array(MNIST_PIXELS);
      for (let p = 0; p < MNIST_PIXELS; p++) pixels[p] = ds.images[i * MNIST_PIXELS + p] / 255;
      return { index: i, label: digit, pixels };
    }
    seen++;
  }
  return null;
}

/**
 * Test image number `index` (0-based) with its label, as 0…1 values. Rejects when the test set
 * cannot be loaded or has no such image.
 *
 * @example
 * await testDigit(0); // { index: 0, label: 7, pixels } — the first test image is a 7
 */
export async function testDigit(index: number): Promise<SampleDigit> {
  const ds = await loadTestSet();
  if (!Number.isInteger(index) || index < 0 || index >= ds.count) throw new RangeError(`the test set has images 0 to ${ds.count - 1}`);
  const pixels = new Float32Array(MNIST_PIXELS);
  for (let p = 0; p < MNIST_PIXELS; p++) pixels[p] = ds.images[index * MNIST_PIXELS + p] / 255;
  return { index, label: ds.labels[index], pixels };
}

/**
 * Puts a real test digit on the canvas: each press of the same digit gives the next of its first
 * {@link SAMPLES_PER_DIGIT} examples.
 *
 * @example
 * await showSample(3); // the first 3 of the test set; again: the second 3
 */
export async function showSample(digit: number): Promise<void> {
  const { drawPatch } = useStore.getState();
  drawPatch({ samplesStatus: 'loading', samplesProblem: null });
  try {
    const ds = await loadTestSet();
    const nth = nextOf.get(digit) ?? 0;
    const sample = sampleOf(ds, digit, nth % SAMPLES_PER_DIGIT);
    if (!sample) throw new Error(`the test set has no ${digit}`);
    nextOf.set(digit, nth + 1);
    useStore.getState().drawSetSample(sample);
    drawPatch({ samplesStatus: 'ready' });
  } catch (e) {
    drawPatch({ samplesStatus: 'error', samplesProblem: { code: 'errors.samples', detail: errorMessage(e) } });
  }
}
