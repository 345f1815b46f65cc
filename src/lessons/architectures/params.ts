/*
 * Link parameters of the architectures lesson: `arch` (which part), `input` (AlexNet: 227 or 224),
 * `config` (VGG: A, A-LRN, B, C, D, E), the bottleneck calculator's `size`, `cin`, `cout`,
 * `kernel`, `reduce`, and `step` (the layer, row, fact or epoch on screen).
 */
import { enumParam, intParam } from '../../ui';
import { VGG_CONFIGS } from './archs';
import { BOTTLENECK_DEFAULTS as D, BOTTLENECK_LIMITS as L } from './bottleneck';

export const ARCHS = ['keras', 'lenet5', 'alexnet', 'vgg', 'googlenet', 'resnet', 'bottleneck', 'log'] as const;
export type ArchId = (typeof ARCHS)[number];

export const architecturesParams = {
  arch: enumParam(ARCHS, 'keras'),
  input: enumParam(['227', '224'] as const, '227'),
  config: enumParam(VGG_CONFIGS, 'D'),
  size: intParam(D.size, 1, L.size),
  cin: intParam(D.cin, 1, L.cin),
  cout: intParam(D.cout, 1, L.cout),
  kernel: intParam(D.kernel, 1, L.kernel),
  reduce: intParam(D.reduce, 1, L.reduce),
};
