import { currentStep, stepInterval } from './playbackSlice';
import { useStore } from './store';

/**
 * THE playback loop: one `setTimeout` chain outside every view. It watches the store; while
 * `playback.playing` is true it advances the step once per interval (speed from the store) and
 * stops at the last step. Views only call `play()` / `pause()`; they never hold a timer.
 */
let started = false;
let timer: ReturnType<typeof setTimeout> | null = null;

function tick() {
  timer = null;
  const s = useStore.getState();
  if (!s.playback.playing) return;
  const step = currentStep(s);
  const last = s.playback.steps - 1;
  if (step >= last) {
    s.pause();
    return;
  }
  s.goToStep(step + 1);
  if (step + 1 >= last) s.pause();
  else schedule();
}

function schedule() {
  if (timer !== null) return;
  timer = setTimeout(tick, stepInterval(useStore.getState().playback));
}

/**
 * Starts the loop once for the whole app (later calls do nothing). Returns nothing: the loop lives
 * as long as the page; it costs nothing while paused.
 *
 * @example
 * startPlaybackLoop(); // in LessonPage
 * useStore.getState().play(); // the step advances every 1.2 s at 1× until the last step
 */
export function startPlaybackLoop(): void {
  if (started) return;
  started = true;
  useStore.subscribe((s, prev) => {
    if (s.playback.playing && !prev.playback.playing) schedule();
    if (!s.playback.playing && timer !== null) {
      clearTimeout(timer);
      timer = null;
    }
  });
  if (useStore.getState().playback.playing) schedule();
}
