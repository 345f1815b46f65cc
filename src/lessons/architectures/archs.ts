/*
 * The sequential architectures of the architectures lesson, as layer specs for the core's
 * layerShapes (channels-first), with what the lectures print for them (LESSONS.md L26, L29, L31)
 * and the classic LeNet-5 (L26 note).
 */
import type { LayerSpec } from '../../core';

/** One row of an architecture: a layer the core computes, or a normalisation layer that keeps the shape (LRN). */
export type ArchRow = { label: string; spec: LayerSpec; printed?: Printed } | { label: string; norm: true; printed?: Printed };

/** What a slide prints for a layer. */
export interface Printed {
  /** Output shape as printed, height first and channels last: [26, 26, 32] or [9216]. */
  shape?: number[];
  params?: number;
}

/** A sequential architecture. */
export interface Architecture {
  /** Input shape channels-first, [C, H, W]. */
  input: [number, number, number];
  rows: ArchRow[];
  /** The total the lecture prints, if any. */
  printedTotal?: number;
  /** The total the lecture prints in millions (VGG's Table 2). */
  printedMillions?: number;
}

/** L26: the lectures' Keras model (seed 001 lines 482–533) with its printed summary. */
export const KERAS: Architecture = {
  input: [1, 28, 28],
  rows: [
    { label: 'conv2d_2 (Conv2D)', spec: { type: 'conv', filters: 32, kernelSize: 3, activation: 'relu' }, printed: { shape: [26, 26, 32], params: 320 } },
    { label: 'conv2d_3 (Conv2D)', spec: { type: 'conv', filters: 64, kernelSize: 3, activation: 'relu' }, printed: { shape: [24, 24, 64], params: 18496 } },
    { label: 'max_pooling2d_1 (MaxPooling2D)', spec: { type: 'maxpool', size: 2 }, printed: { shape: [12, 12, 64], params: 0 } },
    { label: 'dropout_2 (Dropout)', spec: { type: 'dropout', rate: 0.25 }, printed: { shape: [12, 12, 64], params: 0 } },
    { label: 'flatten_1 (Flatten)', spec: { type: 'flatten' }, printed: { shape: [9216], params: 0 } },
    { label: 'dense_2 (Dense)', spec: { type: 'dense', units: 128, activation: 'relu' }, printed: { shape: [128], params: 1179776 } },
    { label: 'dropout_3 (Dropout)', spec: { type: 'dropout', rate: 0.5 }, printed: { shape: [128], params: 0 } },
    { label: 'dense_3 (Dense)', spec: { type: 'dense', units: 10, activation: 'softmax' }, printed: { shape: [10], params: 1290 } },
  ],
  printedTotal: 1199882,
};

/**
 * The classic LeNet-5 (LeCun et al. 1998): 32×32 → C1 6@28×28 → S2 14×14 → C3 16@10×10 → S4 5×5
 * → C5 120 → F6 84 → 10, with full connections and plain average pooling (the paper's variant
 * is counted in LENET5_PAPER).
 */
export const LENET5: Architecture = {
  input: [1, 32, 32],
  rows: [
    { label: 'C1', spec: { type: 'conv', filters: 6, kernelSize: 5 } },
    { label: 'S2', spec: { type: 'avgpool', size: 2 } },
    { label: 'C3', spec: { type: 'conv', filters: 16, kernelSize: 5 } },
    { label: 'S4', spec: { type: 'avgpool', size: 2 } },
    { label: 'C5', spec: { type: 'conv', filters: 120, kernelSize: 5 } },
    { label: 'flatten', spec: { type: 'flatten' } },
    { label: 'F6', spec: { type: 'dense', units: 84 } },
    { label: 'OUTPUT', spec: { type: 'dense', units: 10 } },
  ],
};

/**
 * L26 note [computed in LESSONS.md]: the 1998 paper's own count, 60,840: S2 and S4 learn one
 * coefficient and one bias per map (12 and 32), C3 connects each map to only some S2 maps
 * (1,516 instead of 2,416), and the output layer is 84·10 RBF units without bias (840).
 */
export const LENET5_PAPER = { C1: 156, S2: 12, C3: 1516, S4: 32, C5: 48120, F6: 10164, OUTPUT: 840, total: 60840 };

/** L29: AlexNet as CS231n writes it (seed 003 lines 618–653), for a 227 or a 224 input. */
export function alexNet(side: 227 | 224): Architecture {
  return {
    input: [3, side, side],
    rows: [
      { label: 'CONV1', spec: { type: 'conv', filters: 96, kernelSize: 11, stride: 4, padding: 0 }, printed: { shape: [55, 55, 96] } },
      { label: 'MAX POOL1', spec: { type: 'maxpool', size: 3, stride: 2 }, printed: { shape: [27, 27, 96] } },
      { label: 'NORM1', norm: true, printed: { shape: [27, 27, 96] } },
      { label: 'CONV2', spec: { type: 'conv', filters: 256, kernelSize: 5, stride: 1, padding: 2 }, printed: { shape: [27, 27, 256] } },
      { label: 'MAX POOL2', spec: { type: 'maxpool', size: 3, stride: 2 }, printed: { shape: [13, 13, 256] } },
      { label: 'NORM2', norm: true, printed: { shape: [13, 13, 256] } },
      { label: 'CONV3', spec: { type: 'conv', filters: 384, kernelSize: 3, stride: 1, padding: 1 }, printed: { shape: [13, 13, 384] } },
      { label: 'CONV4', spec: { type: 'conv', filters: 384, kernelSize: 3, stride: 1, padding: 1 }, printed: { shape: [13, 13, 384] } },
      { label: 'CONV5', spec: { type: 'conv', filters: 256, kernelSize: 3, stride: 1, padding: 1 }, printed: { shape: [13, 13, 256] } },
      { label: 'MAX POOL3', spec: { type: 'maxpool', size: 3, stride: 2 }, printed: { shape: [6, 6, 256] } },
      { label: 'flatten', spec: { type: 'flatten' }, printed: { shape: [9216] } },
      { label: 'FC6', spec: { type: 'dense', units: 4096 }, printed: { shape: [4096] } },
      { label: 'FC7', spec: { type: 'dense', units: 4096 }, printed: { shape: [4096] } },
      { label: 'FC8', spec: { type: 'dense', units: 1000 }, printed: { shape: [1000] } },
    ],
  };
}

/** L29 [computed]: the paper's two-GPU grouping, where CONV2, CONV4 and CONV5 see only half of the channels. */
export const ALEXNET_GROUPED_INPUTS: Record<string, number> = { CONV2: 48, CONV4: 192, CONV5: 192 };

/** L31: the VGG configurations (Simonyan & Zisserman, Table 1 [external]; the OCR'd table lost layers). */
export const VGG_CONFIGS = ['A', 'A-LRN', 'B', 'C', 'D', 'E'] as const;
export type VggConfig = (typeof VGG_CONFIGS)[number];

/** Per block: 3×3 conv widths, `1` marking a 1×1 conv (config C), `'lrn'` an LRN layer. */
const VGG_BLOCKS: Record<VggConfig, (number | '1x1' | 'lrn')[][]> = {
  A: [[64], [128], [256, 256], [512, 512], [512, 512]],
  'A-LRN': [[64, 'lrn'], [128], [256, 256], [512, 512], [512, 512]],
  B: [[64, 64], [128, 128], [256, 256], [512, 512], [512, 512]],
  C: [[64, 64], [128, 128], [256, 256, '1x1'], [512, 512, '1x1'], [512, 512, '1x1']],
  D: [[64, 64], [128, 128], [256, 256, 256], [512, 512, 512], [512, 512, 512]],
  E: [[64, 64], [128, 128], [256, 256, 256, 256], [512, 512, 512, 512], [512, 512, 512, 512]],
};

/** L31: "Table 2: Number of parameters (in millions)" as printed. */
export const VGG_PRINTED_MILLIONS: Record<VggConfig, number> = { A: 133, 'A-LRN': 133, B: 133, C: 134, D: 138, E: 144 };

/** L31: weight layers per configuration as printed (11, 11, 13, 16, 16, 19). */
export const VGG_WEIGHT_LAYERS: Record<VggConfig, number> = { A: 11, 'A-LRN': 11, B: 13, C: 16, D: 16, E: 19 };

/** A VGG configuration: 3×3 convolutions (stride 1, pad 1), 2×2 max pooling (stride 2), three FC layers, 224×224 RGB input. */
export function vgg(config: VggConfig): Architecture {
  const rows: ArchRow[] = [];
  VGG_BLOCKS[config].forEach((block, b) => {
    let width = 0;
    for (const item of block) {
      if (item === 'lrn') rows.push({ label: 'LRN', norm: true });
      else if (item === '1x1') rows.push({ label: `conv1-${width}`, spec: { type: 'conv', filters: width, kernelSize: 1 } });
      else {
        width = item;
        rows.push({ label: `conv3-${item}`, spec: { type: 'conv', filters: item, kernelSize: 3, padding: 1, activation: 'relu' } });
      }
    }
    rows.push({ label: `maxpool ${b + 1}`, spec: { type: 'maxpool', size: 2, stride: 2 } });
  });
  rows.push(
    { label: 'flatten', spec: { type: 'flatten' } },
    { label: 'FC-4096', spec: { type: 'dense', units: 4096, activation: 'relu' } },
    { label: 'FC-4096', spec: { type: 'dense', units: 4096, activation: 'relu' } },
    { label: 'FC-1000', spec: { type: 'dense', units: 1000 } },
    { label: 'soft-max', spec: { type: 'softmax' } },
  );
  return { input: [3, 224, 224], rows, printedMillions: VGG_PRINTED_MILLIONS[config] };
}
