import type { StateCreator } from 'zustand';
import type { MessageKeyOf } from '../i18n';

/** "Train a variant" on #/train: save the model as A, train one changed setting, save it as B, compare. */
export interface VariantView {
  status: 'idle' | 'saving-a' | 'training' | 'saving-b' | 'failed';
  /** The saved names of the two models. */
  a: string;
  b: string;
  /** What changed, from → to. */
  change: string;
  from: string;
  to: string;
  problem: { code: MessageKeyOf<'variant'>; detail: string } | null;
}

export interface VariantSlice {
  variant: VariantView;
  variantPatch(patch: Partial<VariantView>): void;
}

export const initialVariantView: VariantView = { status: 'idle', a: '', b: '', change: '', from: '', to: '', problem: null };

export const createVariantSlice: StateCreator<VariantSlice, [], [], VariantSlice> = (set) => ({
  variant: initialVariantView,
  variantPatch: (patch) => set((s) => ({ variant: { ...s.variant, ...patch } })),
});
