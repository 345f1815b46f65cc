import type { StateCreator } from 'zustand';
import type { Picture } from '../pictures/decode';

/**
 * The learner's own picture (a file, a paste, a drop or a camera frame), shared by the lessons
 * that use it (pixels, kernels, rgb-conv). Kept in memory only: never stored, never sent.
 */
export interface PictureSlice {
  picture: Picture | null;
  setPicture(picture: Picture | null): void;
}

export const createPictureSlice: StateCreator<PictureSlice, [], [], PictureSlice> = (set) => ({
  picture: null,
  setPicture: (picture) => set({ picture }),
});
