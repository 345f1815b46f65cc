/**
 * The embedding protocol (an iframe with `embed=1` on a slide):
 * - the page around it sends `{ type: 'cnn-classroom', action: 'step' | 'next' | 'prev' | 'play' | 'pause', step? }`
 *   (`step` 0-based, for action 'step');
 * - the lesson posts `{ type: 'cnn-classroom', event: 'step', lesson, step, steps }` to `window.parent`
 *   whenever its step changes (and once when it opens).
 */
import { useEffect } from 'react';
import { useStore } from '../state/store';

export interface EmbedCommand {
  type: 'cnn-classroom';
  action: 'step' | 'next' | 'prev' | 'play' | 'pause';
  step?: number;
}

export interface EmbedStepEvent {
  type: 'cnn-classroom';
  event: 'step';
  lesson: string;
  step: number;
  steps: number;
}

/** True when `data` is a well-formed command (anything else is ignored). */
export function isEmbedCommand(data: unknown): data is EmbedCommand {
  if (data === null || typeof data !== 'object') return false;
  const d = data as Record<string, unknown>;
  if (d.type !== 'cnn-classroom') return false;
  if (!['step', 'next', 'prev', 'play', 'pause'].includes(d.action as string)) return false;
  return d.action !== 'step' || (typeof d.step === 'number' && Number.isFinite(d.step));
}

/** Carries out one command on the store. */
export function runEmbedCommand(cmd: EmbedCommand): void {
  const s = useStore.getState();
  switch (cmd.action) {
    case 'step':
      s.pause();
      s.goToStep(cmd.step ?? 0);
      break;
    case 'next':
      s.stepBy(1);
      break;
    case 'prev':
      s.stepBy(-1);
      break;
    case 'play':
      s.play();
      break;
    case 'pause':
      s.pause();
      break;
  }
}

/** Listens for commands and reports step changes to the embedding page. Used by LessonLayout. */
export function useEmbedBridge(lesson: string, step: number, steps: number): void {
  useEffect(() => {
    const onMessage = (e: MessageEvent) => {
      if (isEmbedCommand(e.data)) runEmbedCommand(e.data);
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, []);
  useEffect(() => {
    if (window.parent === window || steps === 0) return;
    const msg: EmbedStepEvent = { type: 'cnn-classroom', event: 'step', lesson, step, steps };
    window.parent.postMessage(msg, '*');
  }, [lesson, step, steps]);
}
