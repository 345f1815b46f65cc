/*
 * Link parameters of the kernel playground: `image=corner|flat|edge|shapes`, `input` (your own grey
 * image, rows `;`, values `,`, 3 to 28 per side; replaces `image`), `preset=sharpen|outline|…`,
 * `kernel` (your own square kernel with an odd side, 1×1 to 7×7; replaces `preset`), `padding` (0–6; default: the image's own),
 * `stride` (1–4), `source=lesson|picture|camera` (your own picture or the live camera instead of the
 * lesson's images), `res=32|64|128` (their side), and `step`.
 */
import { type Matrix, type ParamSpec, enumParam, formatMatrix, intParam, optionalIntParam, optionalMatrixParam, parseMatrix } from '../../ui';
import { IMAGE_NAMES, PRESET_NAMES } from './fixtures';

/** Largest kernel side. */
export const MAX_KERNEL = 7;
/** Kernel sides the size control offers. */
export const KERNEL_SIZES = [1, 3, 5, 7] as const;
/** Where the image comes from: the lesson's images, the learner's picture, or the live camera. */
export const SOURCES = ['lesson', 'picture', 'camera'] as const;
export type Source = (typeof SOURCES)[number];
/** Side of the learner's picture or camera frame as the kernel sees it. */
export const RESOLUTIONS = ['32', '64', '128'] as const;

/** A kernel from the link: square with an odd side from 1 to 7 (so that it has a centre), or absent. */
const oddSquareKernelParam: ParamSpec<Matrix | null> = {
  defaultValue: null,
  parse(raw) {
    const m = parseMatrix(raw, { minSide: 1, maxSide: MAX_KERNEL });
    return m && m.shape[0] === m.shape[1] && m.shape[0] % 2 === 1 ? m : undefined;
  },
  format: (m) => (m ? formatMatrix(m) : ''),
};

export const kernelsParams = {
  image: enumParam(IMAGE_NAMES, 'corner'),
  input: optionalMatrixParam({ minSide: 3, maxSide: 28 }),
  preset: enumParam(PRESET_NAMES, 'sharpen'),
  kernel: oddSquareKernelParam,
  padding: optionalIntParam(0, MAX_KERNEL - 1),
  stride: intParam(1, 1, 4),
  source: enumParam(SOURCES, 'lesson'),
  res: enumParam(RESOLUTIONS, '64'),
};
