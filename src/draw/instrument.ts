/*
 * Timing events the page emits for anyone measuring it (bench/draw.bench.mjs listens): always on,
 * no test-only branches. Times are `performance.now()` milliseconds.
 */

/** `cnn:prediction`: a prediction is on screen; `cnn:activations`: the layer maps are drawn. */
export type TimingEvent = 'cnn:prediction' | 'cnn:activations' | 'cnn:cam';

/** Detail of a timing event. */
export interface TimingDetail {
  seq: number;
  /** When the input that asked for it happened (pointerup for the end of a stroke). */
  requestedAt: number;
  /** When it was on screen (after the DOM update). */
  shownAt: number;
  [key: string]: unknown;
}

/**
 * Dispatches a timing event on `window`.
 *
 * @example
 * window.addEventListener('cnn:prediction', (e) => console.log((e as CustomEvent).detail));
 */
export function emitTiming(name: TimingEvent, detail: TimingDetail): void {
  if (typeof window === 'undefined') return;
  window.dispatchEvent(new CustomEvent(name, { detail }));
}
