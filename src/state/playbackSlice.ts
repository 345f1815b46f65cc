import type { StateCreator } from 'zustand';
import type { AppSlice } from './appSlice';
import { readStepParam } from './stepParam';

/**
 * Playback of the lesson on screen. The current step lives in the link (`?step=N`, 0-based), so
 * a shared link, the back button, an embedding slide and the stepper all agree on it; this slice
 * holds what the link does not: how many steps the lesson has now, whether it is playing, and
 * how fast. The one timer that advances the step is in `playbackLoop.ts`, never in a view.
 */
export interface PlaybackState {
  /** Id of the lesson that registered its steps (null when no lesson is open). */
  lesson: string | null;
  /** Number of steps of the lesson's current trace. */
  steps: number;
  playing: boolean;
  /** Index into {@link PLAYBACK_SPEEDS}. */
  speedIndex: number;
}

export interface PlaybackSlice {
  playback: PlaybackState;
  /** A lesson says how many steps its trace has now (call again when the trace changes). */
  setLessonSteps(lesson: string, steps: number): void;
  /** Shows step `n` (0-based, clamped); does not pause (the loop uses it). */
  goToStep(n: number): void;
  /** A learner's step: pauses, then moves by `delta` steps. */
  stepBy(delta: number): void;
  firstStep(): void;
  lastStep(): void;
  /** Starts playing (from the first step when already at the last); never called by itself. */
  play(): void;
  pause(): void;
  togglePlay(): void;
  setSpeed(index: number): void;
  faster(): void;
  slower(): void;
}

/** Speeds offered to the learner, as multiples of one step per {@link BASE_STEP_MS}. */
export const PLAYBACK_SPEEDS = [0.25, 0.5, 1, 2, 4] as const;
/** Time between two steps at speed 1×. */
export const BASE_STEP_MS = 1200;
const DEFAULT_SPEED = 2;

/** The step shown now: `?step=` read against the registered number of steps. */
export function currentStep(s: { route: { params: Record<string, string> }; playback: PlaybackState }): number {
  return readStepParam(s.route.params.step, s.playback.steps).step;
}

/** Milliseconds between two steps at the current speed. */
export function stepInterval(p: PlaybackState): number {
  return BASE_STEP_MS / PLAYBACK_SPEEDS[p.speedIndex];
}

export const createPlaybackSlice: StateCreator<AppSlice & PlaybackSlice, [], [], PlaybackSlice> = (set, get) => {
  const patch = (p: Partial<PlaybackState>) => set({ playback: { ...get().playback, ...p } });
  const clamp = (n: number) => Math.min(Math.max(Math.round(n), 0), Math.max(get().playback.steps - 1, 0));
  return {
    playback: { lesson: null, steps: 0, playing: false, speedIndex: DEFAULT_SPEED },
    setLessonSteps(lesson, steps) {
      const p = get().playback;
      if (p.lesson === lesson && p.steps === steps) return;
      patch({ lesson, steps, playing: p.lesson === lesson ? p.playing && steps > 1 : false });
    },
    goToStep(n) {
      const s = get();
      const target = clamp(n);
      if (s.route.params.step === String(target)) return;
      s.setParams({ step: target });
    },
    stepBy(delta) {
      get().pause();
      get().goToStep(currentStep(get()) + delta);
    },
    firstStep() {
      get().pause();
      get().goToStep(0);
    },
    lastStep() {
      get().pause();
      get().goToStep(get().playback.steps - 1);
    },
    play() {
      const s = get();
      if (s.playback.steps <= 1) return;
      if (currentStep(s) >= s.playback.steps - 1) s.goToStep(0);
      patch({ playing: true });
    },
    pause() {
      if (get().playback.playing) patch({ playing: false });
    },
    togglePlay() {
      if (get().playback.playing) get().pause();
      else get().play();
    },
    setSpeed(index) {
      patch({ speedIndex: Math.min(Math.max(Math.round(index), 0), PLAYBACK_SPEEDS.length - 1) });
    },
    faster() {
      get().setSpeed(get().playback.speedIndex + 1);
    },
    slower() {
      get().setSpeed(get().playback.speedIndex - 1);
    },
  };
};
