import { create } from 'zustand';
import { createAppSlice, type AppSlice } from './appSlice';
import { createPlaybackSlice, type PlaybackSlice } from './playbackSlice';
import { createTrainSlice, type TrainSlice } from './trainSlice';
import { createDrawSlice, type DrawSlice } from './drawSlice';
import { createPictureSlice, type PictureSlice } from './pictureSlice';
import { createAttackSlice, type AttackSlice } from './attackSlice';
import { createCompareSlice, type CompareSlice } from './compareSlice';
import { createReplaySlice, type ReplaySlice } from './replaySlice';
import { createVariantSlice, type VariantSlice } from './variantSlice';

/**
 * The one store of the app, made of slices (one file each in src/state). Components read it
 * through selectors (`useStore((s) => s.lang)`); non-React code (the playback loop, the training
 * worker's client) calls `useStore.getState()` / `setState`; fast-changing values use `subscribe`.
 */
export type StoreState = AppSlice & PlaybackSlice & TrainSlice & DrawSlice & PictureSlice & AttackSlice & CompareSlice & ReplaySlice & VariantSlice;

export const useStore = create<StoreState>()((...a) => ({
  ...createAppSlice(...a),
  ...createPlaybackSlice(...a),
  ...createTrainSlice(...a),
  ...createDrawSlice(...a),
  ...createPictureSlice(...a),
  ...createAttackSlice(...a),
  ...createCompareSlice(...a),
  ...createReplaySlice(...a),
  ...createVariantSlice(...a),
}));

if (typeof window !== 'undefined') {
  window.addEventListener('hashchange', () => useStore.getState().syncFromHash(window.location.hash));
}
