/*
 * Link parameters of the kernel playground: `image=corner|flat|edge|shapes`, `input` (your own grey
 * image, rows `;`, values `,`, 3 to 28 per side; replaces `image`), `preset=sharpen|outline|…`,
 * `kernel` (your own 3×3 kernel; replaces `preset`), and `step`.
 */
import { enumParam, optionalMatrixParam } from '../../ui';
import { IMAGE_NAMES, PRESET_NAMES } from './fixtures';

export const kernelsParams = {
  image: enumParam(IMAGE_NAMES, 'corner'),
  input: optionalMatrixParam({ minSide: 3, maxSide: 28 }),
  preset: enumParam(PRESET_NAMES, 'sharpen'),
  kernel: optionalMatrixParam({ shape: [3, 3] }),
};
