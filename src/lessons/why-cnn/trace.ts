/*
 * The steps of the why-cnn lesson. Each step names its part (section) and, where it has one, the
 * lecture's own setting: the calculator's example (L01, L02) or the digit's shift (L05).
 */
import { DENSE_64, FULL_HD, type MlpSetting } from './fixtures';

export type WhyCnnSection = 'mlp' | 'conv' | 'toy' | 'shift';
export type WhyCnnStepId = 'fullHd' | 'dense64' | 'fcVsConv' | 'toy' | 'inputs' | 'shifted' | 'featureMap';

export interface WhyCnnStep {
  id: WhyCnnStepId;
  section: WhyCnnSection;
  /** The calculator's lecture setting on this step. */
  mlp?: MlpSetting;
  /** The digit's shift on this step when the link gives none. */
  shift?: { dx: number; dy: number };
}

/** The lesson's steps, in order. */
export const WHY_CNN_STEPS: readonly WhyCnnStep[] = [
  { id: 'fullHd', section: 'mlp', mlp: FULL_HD },
  { id: 'dense64', section: 'mlp', mlp: DENSE_64 },
  { id: 'fcVsConv', section: 'conv' },
  { id: 'toy', section: 'toy' },
  { id: 'inputs', section: 'shift', shift: { dx: 0, dy: 0 } },
  { id: 'shifted', section: 'shift', shift: { dx: -1, dy: 0 } },
  { id: 'featureMap', section: 'shift', shift: { dx: -1, dy: 0 } },
];

export const WHY_CNN_SECTIONS: readonly WhyCnnSection[] = ['mlp', 'conv', 'toy', 'shift'];

/** First step of a section. */
export function sectionStart(section: WhyCnnSection): number {
  return WHY_CNN_STEPS.findIndex((s) => s.section === section);
}

/**
 * The calculator's setting: the link's values where it has them, the step's lecture example
 * elsewhere.
 *
 * @example
 * mlpSetting({ height: null, width: null, channels: null, neurons: 10 }, FULL_HD);
 * // { height: 1080, width: 1920, channels: 3, neurons: 10 }
 */
export function mlpSetting(
  link: { height: number | null; width: number | null; channels: number | null; neurons: number | null },
  example: MlpSetting,
): MlpSetting {
  return {
    height: link.height ?? example.height,
    width: link.width ?? example.width,
    channels: link.channels ?? example.channels,
    neurons: link.neurons ?? example.neurons,
  };
}
