/**
 * The step of the lesson on screen, and the two playback actions a lesson's own controls need.
 * A lesson never reads the store: it asks this hook.
 */
import { useMemo } from 'react';
import { type StepReading, readStepParam } from '../state/stepParam';
import { useStore } from '../state/store';

export interface LessonStep extends StepReading {
  /**
   * A learner's jump (a click on an output cell, a layer in a list): pauses playback, then shows
   * step `n` (0-based, clamped to the trace).
   */
  goTo(n: number): void;
  /** Pauses playback: call it before a control changes the lesson's settings. */
  pause(): void;
}

/**
 * The step on screen for a trace of `steps` steps, read from `?step=` (0-based, clamped), what
 * was ignored in the link if anything, and `goTo` / `pause`.
 *
 * @example
 * const { step, goTo, pause } = useLessonStep(trace.steps.length);
 * <MatrixGrid … onCellSelect={(cell) => goTo(cell.row * cols + cell.col)} />
 * const pick = (id: string) => { pause(); set({ preset: id, step: undefined }); };
 */
export function useLessonStep(steps: number): LessonStep {
  const raw = useStore((s) => s.route.params.step);
  const pause = useStore((s) => s.pause);
  const goToStep = useStore((s) => s.goToStep);
  return useMemo(() => {
    const reading = readStepParam(raw, steps);
    return {
      ...reading,
      pause,
      goTo(n: number) {
        pause();
        goToStep(n);
      },
    };
  }, [raw, steps, pause, goToStep]);
}
