/*
 * The app's DigitSource for lessons (src/ui/digitModel.tsx): the shipped LeNet-5 through the
 * drawing page's model loader (tfjs arrives with a dynamic import), and the learner's latest
 * drawing from the store.
 */
import { useStore } from '../state/store';
import type { DigitSource } from '../ui/digitModel';

export const appDigitSource: DigitSource = {
  async loadModel() {
    const m = await import('../draw/models');
    const { classifier } = await m.pretrainedClassifier();
    return { label: classifier.network.label, predict: (x) => classifier.predict(x).probs };
  },
  drawing() {
    return useStore.getState().draw.result?.prep?.input ?? null;
  },
};
