/**
 * A digit classifier for lessons, without the lesson importing tfjs, the model or the store: the
 * app provides a DigitSource (src/app/digitSource.ts: the shipped LeNet-5 and the learner's last
 * drawing from #/draw) through DigitSourceContext, and a lesson calls useDigitModel().
 */
import { createContext, useContext, useEffect, useState } from 'react';
import { errorMessage } from '../core/errorMessage';

/** A loaded classifier of 28×28 digits (784 values 0…1). */
export interface DigitModel {
  /** Name shown to the learner (e.g. `LeNet-5`). */
  label: string;
  /** Ten probabilities. */
  predict(input: Float32Array): Float32Array;
}

/** What the app offers lessons. */
export interface DigitSource {
  loadModel(): Promise<DigitModel>;
  /** The learner's latest drawing on #/draw as the model sees it (28×28), or null. */
  drawing(): Float32Array | null;
}

export const DigitSourceContext = createContext<DigitSource | null>(null);

export interface DigitModelState {
  status: 'loading' | 'ready' | 'error' | 'unavailable';
  model: DigitModel | null;
  error: string | null;
  /** The learner's drawing when the lesson opened (null: none yet). */
  drawing: Float32Array | null;
}

/**
 * Loads the app's digit classifier when `enabled` (once per visit of the lesson) and reads the
 * learner's drawing.
 *
 * @example
 * const { status, model, drawing } = useDigitModel(step === 3);
 */
export function useDigitModel(enabled = true): DigitModelState {
  const source = useContext(DigitSourceContext);
  const [drawing] = useState(() => source?.drawing() ?? null);
  const [loaded, setLoaded] = useState<{ model: DigitModel | null; error: string | null } | null>(null);
  useEffect(() => {
    if (!enabled || !source || loaded) return;
    let live = true;
    source.loadModel().then(
      (model) => live && setLoaded({ model, error: null }),
      (e: unknown) => live && setLoaded({ model: null, error: errorMessage(e) }),
    );
    return () => {
      live = false;
    };
  }, [enabled, source, loaded]);
  if (!source) return { status: 'unavailable', model: null, error: null, drawing: null };
  if (!loaded) return { status: 'loading', model: null, error: null, drawing };
  return { status: loaded.model ? 'ready' : 'error', model: loaded.model, error: loaded.error, drawing };
}
